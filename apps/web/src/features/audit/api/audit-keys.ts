// Its own file: pages that only invalidate the audit cache must not pull the audit list's code.
/** Every query key of this feature starts here, so an action can invalidate them all. */
export const auditKeys = {
  all: ['audit'] as const,
  lists: (): readonly ['audit', 'list'] => [...auditKeys.all, 'list'] as const,
  list: (query: Record<string, string>): readonly ['audit', 'list', Record<string, string>] =>
    [...auditKeys.lists(), query] as const,
};
