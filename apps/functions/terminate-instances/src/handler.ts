import { defineInstanceAction } from '@fleet/actions-function';
import { ActionRequestSchema } from '@fleet/contract';

/** `POST /instances/terminate`: terminates one instance or up to 50 (a reason is required). */
export const handler = defineInstanceAction({
  action: 'terminate',
  permission: 'instances:terminate',
  body: ActionRequestSchema,
});
