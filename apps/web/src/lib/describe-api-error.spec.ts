import { ApiRequestError } from './api-client';
import { describeApiError } from './describe-api-error';

describe('describeApiError', () => {
  it('tells the operator AWS is throttling and to retry, keeping the request id', () => {
    const error = new ApiRequestError({
      status: 503,
      code: 'Throttled',
      message: 'Rate exceeded',
      requestId: 'r-9',
      retryAfterSeconds: 2,
    });

    expect(describeApiError(error)).toEqual({
      message: 'AWS is throttling requests right now. Wait 2 seconds and retry.',
      hint: 'Rate exceeded',
      requestId: 'r-9',
      severity: 'warning',
    });
  });

  it('words each 503 by its code, so an audit outage is not called throttling', () => {
    const answer = (code: string): string =>
      describeApiError(new ApiRequestError({ status: 503, code, message: 'm' })).message;

    const words = ['Throttled', 'AwsUnavailable', 'AuditUnavailable', 'ServiceUnavailable'].map(
      answer,
    );

    expect(new Set(words).size).toBe(4);
    expect(words[2]).toBe('The audit trail cannot be written right now, so nothing was done.');
    expect(words.slice(1).some((text) => /throttl/i.test(text))).toBe(false);
  });

  it("shows the API's own message for a failure", () => {
    const error = new ApiRequestError({ status: 400, code: 'ValidationError', message: 'bad tag' });

    expect(describeApiError(error).message).toBe('bad tag');
  });

  it("shows the API's reason on a 403, naming the role and the action", () => {
    const error = new ApiRequestError({
      status: 403,
      code: 'Forbidden',
      message: 'Your role (viewers) may not stop instances.',
    });

    expect(describeApiError(error)).toMatchObject({
      message: 'Your role (viewers) may not stop instances.',
      hint: 'Ask an admin if your work needs this permission.',
    });
  });

  it('says permission is missing on a 403 without an error body', () => {
    const error = new ApiRequestError({
      status: 403,
      code: 'UnexpectedResponse',
      message: 'HTTP 403',
    });

    expect(describeApiError(error).message).toBe('You do not have permission to do this.');
  });

  it('asks to sign in again on a 401', () => {
    const error = new ApiRequestError({ status: 401, code: 'Unauthorized', message: 'Sign in' });

    expect(describeApiError(error).hint).toBe('Sign in again, then retry.');
  });

  it('stays human for an error that is not from the API', () => {
    expect(describeApiError(new Error('x is undefined')).message).toBe(
      'An unexpected error occurred.',
    );
  });
  it.each([
    ['Throttled', 503, 'AWS is throttling requests right now. Wait 2 seconds and retry.'],
    ['AwsUnavailable', 503, 'AWS did not answer in time. Retry in 2 seconds.'],
    ['AuditUnavailable', 503, 'The audit trail cannot be written right now, so nothing was done.'],
    ['RateLimited', 429, 'Too many requests to the console right now. Wait 2 seconds and retry.'],
    ['ServiceUnavailable', 503, "The console's API is unavailable right now."],
  ])('words %s (%i) in its own terms, not as AWS throttling', (code, status, message) => {
    const error = new ApiRequestError({ status, code, message: 'm', retryAfterSeconds: 2 });

    expect(describeApiError(error).message).toBe(message);
  });
});
