/**
 * Resolves once `url` answers any HTTP status (the server is listening and routing), or rejects
 * after `timeoutMs` — or at once if `failed()` reports that the process behind it has exited.
 */
export async function waitForHttp(
  url: string,
  { timeoutMs, failed }: { timeoutMs: number; failed: () => string | undefined },
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const failure = failed();
    if (failure) throw new Error(failure);
    try {
      await fetch(url, { signal: AbortSignal.timeout(2_000) });
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
}
