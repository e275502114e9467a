export {
  DEMO_PASSWORD,
  DEMO_USERS,
  demoUser,
  type DemoUser,
  type DemoUserKey,
} from './lib/demo-users';
