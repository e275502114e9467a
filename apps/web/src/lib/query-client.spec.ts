import { ApiRequestError } from './api-client';
import { retryDelay, shouldRetry } from './query-client';

const failure = (status: number, retryAfterSeconds?: number): ApiRequestError =>
  new ApiRequestError({ status, code: 'X', message: 'x', retryAfterSeconds });

describe('shouldRetry', () => {
  it('retries throttling and server failures', () => {
    expect(shouldRetry(0, failure(503))).toBe(true);
    expect(shouldRetry(0, failure(500))).toBe(true);
    expect(shouldRetry(0, failure(0))).toBe(true);
  });

  it('does not retry an answer that will not change', () => {
    expect(shouldRetry(0, failure(404))).toBe(false);
    expect(shouldRetry(0, failure(400))).toBe(false);
  });

  it('gives up after two retries', () => {
    expect(shouldRetry(2, failure(503))).toBe(false);
  });
});

describe('retryDelay', () => {
  it("waits as long as the API's Retry-After asks", () => {
    expect(retryDelay(0, failure(503, 3))).toBe(3000);
  });

  it('backs off exponentially otherwise', () => {
    expect(retryDelay(1, failure(500))).toBe(2000);
  });
});
