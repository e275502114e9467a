import { defineInstanceAction } from '@fleet/actions-function';
import { ActionRequestSchema } from '@fleet/contract';

/** `POST /instances/start`: starts one instance or up to 50, each with its own result and audit records. */
export const handler = defineInstanceAction({
  action: 'start',
  permission: 'instances:start',
  body: ActionRequestSchema,
});
