// Plain numbers, apart from the schemas that use them: a dashboard page that needs only a cap
// (the list's selection) then does not bring a module of zod schemas with it.

/** The most instances one action request may name. */
export const MAX_ACTION_TARGETS = 50;
