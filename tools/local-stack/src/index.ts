export { startLocalStack, type LocalStack, type LocalStackOptions } from './start-local-stack';
export { DEMO_PASSWORD, DEMO_USERS, type DemoUser } from './cognito/demo-users';
