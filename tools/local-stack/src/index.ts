export { startLocalStack, type LocalStack, type LocalStackOptions } from './start-local-stack';
export { stackEnvironment } from './stack-environment';
export { freePort } from './free-port';
