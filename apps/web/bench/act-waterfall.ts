// What each timed act of the dashboard bench waited for: the browser's requests (Playwright's
// request timings), grouped by what they are, relative to the act's start. Printed as medians
// under the bench's table, so a slow figure says where its time went.
import type { Page, Request } from 'playwright-core';
import { median } from '@fleet/testing';

/** The request kinds the list page makes: API routes (on the API's origin), and JS chunks. */
const KINDS = [
  ['list', /^\/instances$/],
  ['summary', /^\/instances\/summary$/],
  ['health', /^\/instances\/health$/],
  ['sparklines', /^\/metrics\/cpu-sparklines$/],
  ['chunks', /^\/assets\/.*\.js$/],
] as const;

export type RequestKind = (typeof KINDS)[number][0];

interface Timed {
  readonly kind: RequestKind;
  /** Wall-clock ms (epoch) the request was sent and its answer fully read. */
  readonly start: number;
  readonly end: number;
}

/**
 * One act's requests, offsets in ms from the act's start: when the first of a kind was sent and
 * answered (chunks: the last one answered, when the code was all there), and how many there were.
 */
export type ActRequests = Partial<
  Record<RequestKind, { sent: number; answered: number; count: number }>
>;

function kindOf(request: Request, apiUrl: string): RequestKind | undefined {
  const url = new URL(request.url());
  const kind = KINDS.find(([, pattern]) => pattern.test(url.pathname))?.[0];
  if (kind === 'chunks') return kind;
  return request.url().startsWith(apiUrl) ? kind : undefined;
}

/**
 * Records every request the page makes, and the API requests still unanswered, so that an act
 * can start from a settled page and its requests can be read back afterwards.
 *
 * @example
 * const recorder = recordRequests(page, apiUrl);
 * await recorder.settled();
 * const started = Date.now(); await act(); const requests = recorder.since(started);
 */
export function recordRequests(
  page: Page,
  apiUrl: string,
): { settled: (quietMs?: number) => Promise<void>; since: (started: number) => ActRequests } {
  const done: Timed[] = [];
  const pending = new Set<Request>();
  page.on('request', (request) => {
    if (request.url().startsWith(apiUrl) && request.method() !== 'OPTIONS') pending.add(request);
  });
  const finish = (request: Request): void => {
    pending.delete(request);
    const kind = kindOf(request, apiUrl);
    const timing = request.timing();
    if (!kind || timing.startTime <= 0 || timing.responseEnd < 0) return;
    done.push({ kind, start: timing.startTime, end: timing.startTime + timing.responseEnd });
  };
  page.on('requestfinished', finish);
  page.on('requestfailed', (request) => pending.delete(request));
  return {
    async settled(quietMs = 500): Promise<void> {
      let quietSince = Date.now();
      for (;;) {
        if (pending.size > 0) quietSince = Date.now();
        else if (Date.now() - quietSince >= quietMs) return;
        await page.waitForTimeout(50);
      }
    },
    since(started: number): ActRequests {
      const act: ActRequests = {};
      const since = done
        .filter((request) => request.start >= started)
        .sort((a, b) => a.start - b.start);
      for (const { kind, start, end } of since) {
        const seen = act[kind];
        act[kind] = seen
          ? {
              ...seen,
              answered: kind === 'chunks' ? Math.max(seen.answered, end - started) : seen.answered,
              count: seen.count + 1,
            }
          : { sent: start - started, answered: end - started, count: 1 };
      }
      return act;
    },
  };
}

/**
 * Table lines (`| act | step | sent ms | answered ms | requests |`): when the rows showed, then
 * the median of each request kind's first sent and last answered offsets over the act's rounds.
 */
export function waterfallLines(
  name: string,
  rounds: readonly ActRequests[],
  rows: readonly number[],
): string[] {
  const lines = [`| ${name} | rows on screen | | ${median(rows).toFixed(0)} | |`];
  for (const [kind] of KINDS) {
    const seen = rounds.flatMap((round) => (round[kind] ? [round[kind]] : []));
    if (seen.length === 0) continue;
    lines.push(
      `| | ${kind} | ${median(seen.map((r) => r.sent)).toFixed(0)} | ${median(seen.map((r) => r.answered)).toFixed(0)} | ${median(seen.map((r) => r.count)).toFixed(0)} in ${seen.length}/${rounds.length} rounds |`,
    );
  }
  return lines;
}
