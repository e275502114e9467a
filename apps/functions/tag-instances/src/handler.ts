import { defineInstanceAction } from '@fleet/actions-function';
import { TagRequestSchema } from '@fleet/contract';

/**
 * `POST /instances/tags`: adds, changes or removes tags of one instance or up to 50, within the
 * caller's teams. The `Team` tag is refused by the body's schema (it is `/instances/team`'s).
 */
export const handler = defineInstanceAction({
  action: 'tag',
  permission: 'instances:tag',
  body: TagRequestSchema,
  options: ({ set, remove }) => ({ tags: { set: set ?? {}, remove: remove ?? [] } }),
});
