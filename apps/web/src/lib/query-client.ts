import { QueryClient } from '@tanstack/react-query';
import { ApiRequestError } from './api-client';

const MAX_RETRIES = 2;

/**
 * Retry only what may succeed on a second try: throttling (429 RateLimited, 503 Throttled), 5xx
 * and lost connections. A 400 or 404
 * will answer the same way every time, so the user sees it at once.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (!(error instanceof ApiRequestError)) return false;
  return error.status === 0 || error.status === 429 || error.status >= 500;
}

/**
 * Honour the API's Retry-After when it gives one (capped: past 10 s a person would rather see the
 * message and decide), else back off exponentially (1 s, 2 s …).
 */
export function retryDelay(failureCount: number, error: unknown): number {
  if (error instanceof ApiRequestError && error.retryAfterSeconds !== undefined) {
    return Math.min(error.retryAfterSeconds, 10) * 1000;
  }
  return Math.min(1000 * 2 ** failureCount, 10_000);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // EC2 state changes within seconds to minutes: short freshness, no refetch storm on focus.
        staleTime: 15_000,
        refetchOnWindowFocus: false,
        retry: shouldRetry,
        retryDelay,
      },
    },
  });
}
