/** How often, and how many times, `eventually` reads. */
export interface EventuallyOptions {
  /** Reads at most (default 20). */
  readonly attempts?: number;
  /** Milliseconds between two reads (default 250); the first read is at once. */
  readonly everyMs?: number;
}

/**
 * Reads until what it read satisfies `done`, and returns the last value read, met or not: the
 * test's own assertions on it then say what never showed. For what arrives a moment after an
 * answer: trace segments, EMF metrics, event deliveries.
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
  { attempts = 20, everyMs = 250 }: EventuallyOptions = {},
): Promise<T> {
  let value = await read();
  for (let attempt = 1; attempt < attempts && !done(value); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, everyMs));
    value = await read();
  }
  return value;
}
