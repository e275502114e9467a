import { defineInstanceAction } from '@fleet/actions-function';
import { ActionRequestSchema } from '@fleet/contract';

/** `POST /instances/reboot`: reboots one running instance or up to 50. */
export const handler = defineInstanceAction({
  action: 'reboot',
  permission: 'instances:reboot',
  body: ActionRequestSchema,
});
