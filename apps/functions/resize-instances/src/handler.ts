import { defineInstanceAction } from '@fleet/actions-function';
import { ResizeRequestSchema } from '@fleet/contract';

/**
 * `POST /instances/resize`: changes the instance type of one stopped instance or up to 50,
 * within the caller's teams (EC2 refuses a running one: `409 IncorrectInstanceState`).
 */
export const handler = defineInstanceAction({
  action: 'resize',
  permission: 'instances:resize',
  body: ResizeRequestSchema,
  options: ({ instanceType }) => ({ instanceType }),
});
