import { isApiErrorCode } from '@fleet/contract';
import { callApi, type ApiAnswer, type Caller } from '@fleet/testing';

/** What one route answered during a scenario. */
export interface RouteTally {
  requests: number;
  '2xx': number;
  '4xx': number;
  '5xx': number;
}

/** How a scenario's answers read. */
export interface TrafficTally {
  readonly requests: number;
  /** 5xx answers other than 503 + `Retry-After` (and other than serverless-offline's own). */
  readonly bad5xx: number;
  /**
   * serverless-offline's own 502/504 (a worker crashed or timed out) and connections it dropped:
   * the emulation's failures, not the product's.
   */
  readonly offline5xx: number;
  readonly byRoute: ReadonlyMap<string, RouteTally>;
  /** One line per bad 5xx: route, status and body, so a failing row says why. */
  readonly samples: readonly string[];
  /** Requests whose connection failed (no answer at all). */
  readonly dropped: readonly string[];
}

/** Whether an answer is serverless-offline's own 502/504 rather than a function's. */
function fromOffline(answer: ApiAnswer): boolean {
  if (answer.status !== 502 && answer.status !== 504) return false;
  const code = (answer.body as { code?: unknown } | null)?.code;
  return !(typeof code === 'string' && isApiErrorCode(code));
}

/**
 * Calls the API as `callApi` does and counts every answer: per route by status class, and the
 * answers the suite must never see (5xx other than 503 with `Retry-After`), with serverless-
 * offline's own 502/504 in a count of their own.
 *
 * @example
 * const traffic = new Traffic();
 * await traffic.call('POST /instances/reboot', '/instances/reboot', { method: 'POST', body });
 * traffic.tally().bad5xx; // 0
 */
export class Traffic {
  private readonly routes = new Map<string, RouteTally>();
  private readonly bad: string[] = [];
  private readonly dropped: string[] = [];
  private total = 0;
  private offline = 0;

  async call<T = unknown>(
    route: string,
    path: string,
    init: RequestInit = {},
    caller?: Caller,
  ): Promise<ApiAnswer<T>> {
    try {
      const answer = await callApi<T>(path, init, caller);
      this.record(route, answer);
      return answer;
    } catch (error) {
      // The connection itself failed: serverless-offline (hapi) dropped it, which API Gateway
      // would have answered. Counted with serverless-offline's own failures, and shown.
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      this.record(route, { status: 0, headers: new Headers(), body: null });
      this.dropped.push(
        `${route} ${path.slice(0, 120)} → ${cause?.code ?? cause?.message ?? String(error)}`,
      );
      return { status: 0, headers: new Headers(), body: null as T };
    }
  }

  private record(route: string, answer: ApiAnswer): void {
    this.total++;
    const tally = this.routes.get(route) ?? { requests: 0, '2xx': 0, '4xx': 0, '5xx': 0 };
    tally.requests++;
    const kind =
      answer.status >= 500 || answer.status === 0 ? '5xx' : answer.status >= 400 ? '4xx' : '2xx';
    tally[kind]++;
    this.routes.set(route, tally);
    if (answer.status === 0) {
      this.offline++;
      return;
    }
    if (answer.status < 500) return;
    if (fromOffline(answer)) {
      this.offline++;
    } else if (!(answer.status === 503 && answer.headers.get('retry-after'))) {
      this.bad.push(`${route} → ${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`);
    }
  }

  tally(): TrafficTally {
    return {
      requests: this.total,
      bad5xx: this.bad.length,
      offline5xx: this.offline,
      byRoute: new Map(this.routes),
      samples: this.bad.slice(0, 5),
      dropped: this.dropped.slice(0, 5),
    };
  }
}
