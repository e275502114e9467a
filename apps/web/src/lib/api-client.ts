import { ApiErrorSchema } from '@fleet/contract';
import type * as z from 'zod/mini';
import type { PostBodies, PostPath } from './post-bodies';

/**
 * A failed API call. `code`, `message`, `requestId` and `traceId` come from the API's error body
 * when there is one; `status` is 0 when the request never got an answer (offline, CORS, DNS).
 */
export class ApiRequestError extends Error {
  override name = 'ApiRequestError';
  readonly status: number;
  readonly code: string;
  readonly requestId: string | undefined;
  /** The request's X-Ray trace, where tracing is on: what an SRE opens to see why it failed. */
  readonly traceId: string | undefined;
  /** From `Retry-After` (seconds) on 503 Throttled answers. */
  readonly retryAfterSeconds: number | undefined;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    requestId?: string | undefined;
    traceId?: string | undefined;
    retryAfterSeconds?: number | undefined;
    cause?: unknown;
  }) {
    super(init.message, { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.traceId = init.traceId;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }

  /** AWS (or the API in front of it) asked us to slow down: worth retrying after a pause. */
  get isThrottled(): boolean {
    return this.code === 'Throttled';
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }
}

export type QueryValue = string | number | readonly string[] | undefined;

export interface RequestOptions {
  /** Array values are sent as repeated parameters; `undefined` and `''` are left out. */
  query?: Record<string, QueryValue>;
  /** TanStack Query's, when it may cancel the request; `undefined` when it may not. */
  signal?: AbortSignal | undefined;
  /** Extra request headers (e.g. `Idempotency-Key`). */
  headers?: Record<string, string>;
}

export interface ApiClient {
  /** GETs `path` and returns the body validated with `schema`; throws {@link ApiRequestError}. */
  get<T>(path: string, schema: z.ZodMiniType<T>, options?: RequestOptions): Promise<T>;
  /** POSTs `body` (typed by the route, from the contract) as JSON to `path`, otherwise as {@link ApiClient.get}. */
  post<P extends PostPath, T>(
    path: P,
    body: PostBodies[P],
    schema: z.ZodMiniType<T>,
    options?: RequestOptions,
  ): Promise<T>;
}

/**
 * Builds a query string; a repeated key for array values because `tag` values may hold commas.
 *
 * @example
 * toQueryString({ region: ['us-east-1'], tag: ['team=a', 'env=b'], q: '' }); // 'region=us-east-1&tag=team%3Da&tag=env%3Db'
 */
export function toQueryString(query: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue;
    if (Array.isArray(value)) value.forEach((item: string) => params.append(key, item));
    else params.append(key, String(value));
  }
  return params.toString();
}

function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

async function toRequestError(response: Response): Promise<ApiRequestError> {
  const parsed = ApiErrorSchema.safeParse(await readJson(response));
  const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
  if (parsed.success) {
    return new ApiRequestError({ status: response.status, ...parsed.data, retryAfterSeconds });
  }
  // A proxy or gateway answered instead of our API (HTML error page, empty 502 …).
  return new ApiRequestError({
    status: response.status,
    code: 'UnexpectedResponse',
    message: `The API answered HTTP ${response.status} without an error description.`,
    retryAfterSeconds,
  });
}

export interface ApiClientOptions {
  fetch?: typeof fetch;
  /**
   * The `Authorization` header value for each request, or `undefined` to send none. Sign-in
   * plugs its token source in here; asked per request so a refreshed token is always used.
   */
  authorization?: () => string | undefined | Promise<string | undefined>;
}

/**
 * The dashboard's only way to the API: JSON over fetch, success bodies checked against the
 * contract so a drifting API fails loudly here rather than deep inside a component.
 *
 * @example
 * const api = createApiClient('http://localhost:3000');
 * const page = await api.get('/instances', InstancePageSchema, { query: { limit: 25 } });
 */
export function createApiClient(baseUrl: string, clientOptions: ApiClientOptions = {}): ApiClient {
  const base = baseUrl.replace(/\/+$/, '');
  // Late-bound, so a test or polyfill that swaps the global fetch afterwards is honoured.
  const fetchImpl = clientOptions.fetch ?? ((input, init) => fetch(input, init));
  async function request<T>(
    method: 'GET' | 'POST',
    path: string,
    schema: z.ZodMiniType<T>,
    requestOptions: RequestOptions,
    body?: unknown,
  ): Promise<T> {
    const queryString = requestOptions.query ? toQueryString(requestOptions.query) : '';
    const url = `${base}${path}${queryString ? `?${queryString}` : ''}`;
    const authorization = await clientOptions.authorization?.();
    let response: Response;
    try {
      response = await fetchImpl(url, {
        method,
        headers: {
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...(authorization ? { Authorization: authorization } : {}),
          ...requestOptions.headers,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: requestOptions.signal,
      });
    } catch (cause) {
      // Aborts are TanStack Query cancelling a stale request: let them through untouched.
      if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
      throw new ApiRequestError({
        status: 0,
        code: 'NetworkError',
        message: 'The API could not be reached. Check your connection and retry.',
        cause,
      });
    }
    if (!response.ok) throw await toRequestError(response);
    const parsed = schema.safeParse(await readJson(response));
    if (!parsed.success) {
      throw new ApiRequestError({
        status: response.status,
        code: 'InvalidResponse',
        message: 'The API answered with data this dashboard does not understand.',
        requestId: response.headers.get('x-amzn-RequestId') ?? undefined,
        cause: parsed.error,
      });
    }
    return parsed.data;
  }

  return {
    get: (path, schema, requestOptions = {}) => request('GET', path, schema, requestOptions),
    post: (path, body, schema, requestOptions = {}) =>
      request('POST', path, schema, requestOptions, body),
  };
}
