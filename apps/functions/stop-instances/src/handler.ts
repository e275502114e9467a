import { defineInstanceAction } from '@fleet/actions-function';
import { StopRequestSchema } from '@fleet/contract';

/** `POST /instances/stop`: stops (optionally forced or hibernating) one instance or up to 50. */
export const handler = defineInstanceAction({
  action: 'stop',
  permission: 'instances:stop',
  body: StopRequestSchema,
  options: ({ force, hibernate }) => ({ force, hibernate }),
});
