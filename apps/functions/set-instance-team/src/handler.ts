import { defineInstanceAction } from '@fleet/actions-function';
import { teamTagEdit } from '@fleet/actions-domain';
import { TeamRequestSchema } from '@fleet/contract';

/**
 * `POST /instances/team`: sets the `Team` tag of one instance or up to 50, or removes it
 * (`team: null`). Admins only: the tag decides which team's members see the instance.
 */
export const handler = defineInstanceAction({
  action: 'tag-team',
  permission: 'instances:tag-team',
  body: TeamRequestSchema,
  options: ({ team }) => ({ tags: teamTagEdit(team) }),
});
