/** How often, and for how long, `eventually` reads. */
export interface EventuallyOptions {
  /** Reads at most (default 20, or no limit when `withinMs` bounds the reading instead). */
  readonly attempts?: number;
  /** Reads no more once this many milliseconds have passed since the first read began. */
  readonly withinMs?: number;
  /** Milliseconds between two reads (default 250); the first read is at once. */
  readonly everyMs?: number;
}

/**
 * Reads until what it read satisfies `done`, and returns the last value read, met or not: the
 * test's own assertions on it then say what never showed. For what arrives a moment after an
 * answer: trace segments, EMF metrics, event deliveries. Bound it by reads (`attempts`) or by
 * time (`withinMs`), where the time is what the test promises.
 *
 * @example
 * const page = await eventually(
 *   () => callApi<TracePage>('/traces?outcome=error', {}, { as: 'sre' }),
 *   ({ body }) => body.items.some((item) => item.id === traceId),
 * );
 * expect(page.body.items.map((item) => item.id)).toContain(traceId);
 */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  {
    withinMs,
    attempts = withinMs === undefined ? 20 : Infinity,
    everyMs = 250,
  }: EventuallyOptions = {},
): Promise<T> {
  const deadline = withinMs === undefined ? Infinity : Date.now() + withinMs;
  let value = await read();
  for (let attempt = 1; attempt < attempts && !done(value); attempt++) {
    if (Date.now() + everyMs >= deadline) break;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
    value = await read();
  }
  return value;
}
