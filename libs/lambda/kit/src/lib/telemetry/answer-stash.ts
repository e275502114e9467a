// The answer object of this invocation, kept on its context (per invocation, never in a
// closure) so tracing and metrics read it without parsing the JSON body again.
const ANSWER = Symbol('answer');

/**
 * Keeps the object an invocation answers with, before it is serialised.
 *
 * @example
 * rememberAnswer(context, { items });
 */
export function rememberAnswer(context: object, answer: unknown): void {
  Object.assign(context, { [ANSWER]: answer });
}

/**
 * The object `rememberAnswer` kept, or `undefined`.
 *
 * @example
 * const answer = rememberedAnswer(request.context);
 */
export function rememberedAnswer(context: object): unknown {
  return (context as { [ANSWER]?: unknown })[ANSWER];
}
