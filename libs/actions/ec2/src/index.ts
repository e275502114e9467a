export { createActionEc2 } from './lib/action-ec2';
export { callFailure } from './lib/call-failure';
