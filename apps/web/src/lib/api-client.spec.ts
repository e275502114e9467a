import { InstancePageSchema } from '@fleet/contract';
import { ApiRequestError, createApiClient, toQueryString } from './api-client';

const inventory = { syncedAt: '2026-11-29T10:00:00.000Z', updatedAt: null };

/** A fetch that answers every request with `response` and remembers what was asked for. */
function answering(response: () => Response): {
  fetch: typeof fetch;
  urls: string[];
  sent: RequestInit[];
} {
  const urls: string[] = [];
  const sent: RequestInit[] = [];
  const stub = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    urls.push(String(input));
    sent.push(init ?? {});
    return response();
  };
  return { fetch: stub as typeof fetch, urls, sent };
}

const emptyPage = (): Response => Response.json({ items: [], nextCursor: null, inventory });
const headersOf = (init: RequestInit | undefined): Headers => new Headers(init?.headers);

async function failureOf(promise: Promise<unknown>): Promise<ApiRequestError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiRequestError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('toQueryString', () => {
  it('repeats array values and leaves out empty ones', () => {
    expect(
      toQueryString({ region: ['us-east-1', 'eu-west-1'], q: '', limit: 25, cursor: undefined }),
    ).toBe('region=us-east-1&region=eu-west-1&limit=25');
  });
});

describe('createApiClient', () => {
  it('returns a success body once it matches the contract', async () => {
    const { fetch, urls } = answering(emptyPage);

    const page = await createApiClient('http://api.test/', { fetch }).get(
      '/instances',
      InstancePageSchema,
      {
        query: { limit: 5 },
      },
    );

    expect(page).toEqual({ items: [], nextCursor: null, inventory });
    expect(urls).toEqual(['http://api.test/instances?limit=5']);
  });

  it("carries the API's code, message, request id and trace id on failure", async () => {
    const { fetch } = answering(() =>
      Response.json(
        {
          code: 'ValidationError',
          message: 'limit is too big',
          requestId: 'r-1',
          traceId: '1-6a1b2c3d-0123456789abcdef01234567',
        },
        { status: 400 },
      ),
    );

    const error = await failureOf(
      createApiClient('http://api.test', { fetch }).get('/instances', InstancePageSchema),
    );

    expect(error).toMatchObject({
      status: 400,
      code: 'ValidationError',
      message: 'limit is too big',
      requestId: 'r-1',
      traceId: '1-6a1b2c3d-0123456789abcdef01234567',
    });
  });

  it('marks a 503 as throttling with its Retry-After', async () => {
    const { fetch } = answering(() =>
      Response.json(
        { code: 'Throttled', message: 'Rate exceeded' },
        { status: 503, headers: { 'Retry-After': '3' } },
      ),
    );

    const error = await failureOf(
      createApiClient('http://api.test', { fetch }).get('/instances', InstancePageSchema),
    );

    expect(error.isThrottled).toBe(true);
    expect(error.retryAfterSeconds).toBe(3);
  });

  it('still fails cleanly when a gateway answers without a JSON error body', async () => {
    const { fetch } = answering(() => new Response('<html>Bad Gateway</html>', { status: 502 }));

    const error = await failureOf(
      createApiClient('http://api.test', { fetch }).get('/instances', InstancePageSchema),
    );

    expect(error).toMatchObject({ status: 502, code: 'UnexpectedResponse' });
  });

  it('refuses a success body that drifted from the contract', async () => {
    const { fetch } = answering(() => Response.json({ instances: [] }));

    const error = await failureOf(
      createApiClient('http://api.test', { fetch }).get('/instances', InstancePageSchema),
    );

    expect(error.code).toBe('InvalidResponse');
  });

  it('sends the authorization the sign-in source gives', async () => {
    const { fetch, sent } = answering(emptyPage);

    await createApiClient('http://api.test', {
      fetch,
      authorization: async () => 'Bearer t0k',
    }).get('/instances', InstancePageSchema);

    expect(headersOf(sent[0]).get('Authorization')).toBe('Bearer t0k');
  });

  it('sends the extra headers a call asks for, such as an Idempotency-Key', async () => {
    const { fetch, sent } = answering(emptyPage);

    await createApiClient('http://api.test', { fetch }).post(
      '/audit/verify',
      {},
      InstancePageSchema,
      {
        headers: { 'Idempotency-Key': 'k-1' },
      },
    );

    expect(headersOf(sent[0]).get('Idempotency-Key')).toBe('k-1');
  });

  it('posts its body as JSON and validates the answer', async () => {
    const { fetch, sent } = answering(emptyPage);

    const body = { instances: [{ region: 'eu-west-1', id: 'i-0123456789abcdef0' }] };
    const page = await createApiClient('http://api.test', { fetch }).post(
      '/metrics/cpu-sparklines',
      body,
      InstancePageSchema,
    );

    expect(page).toEqual({ items: [], nextCursor: null, inventory });
    expect(sent[0]?.method).toBe('POST');
    expect(headersOf(sent[0]).get('Content-Type')).toBe('application/json');
    expect(JSON.parse(String(sent[0]?.body))).toEqual(body);
  });

  it('reports an unreachable API as a network error with status 0', async () => {
    const unreachable = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;

    const error = await failureOf(
      createApiClient('http://api.test', { fetch: unreachable }).get('/x', InstancePageSchema),
    );

    expect(error).toMatchObject({ status: 0, code: 'NetworkError' });
  });
});
