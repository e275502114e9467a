import { defineInstanceAction } from '@fleet/actions-function';
import { ProtectionRequestSchema } from '@fleet/contract';

/** `POST /instances/protection`: sets termination and stop protection on one instance or up to 50 (admins). */
export const handler = defineInstanceAction({
  action: 'protect',
  permission: 'instances:protect',
  body: ProtectionRequestSchema,
  options: ({ disableApiTermination, disableApiStop }) => ({
    protection: { disableApiTermination, disableApiStop },
  }),
});
