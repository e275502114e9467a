import { ApiRequestError } from '../../../lib/api-client';
import {
  NOT_YET_RETRIES,
  TRACE_ARRIVAL_MS,
  askTraceAgain,
  mayStillArrive,
  traceRetryDelay,
  traceStartMs,
} from './trace-arrival';

// X-Ray's own example id (its documentation's trace id format).
const DOCUMENTED = '1-5759e988-bd862e3fe1be46a994272793';
const STARTED = 0x5759e988 * 1000;

describe('traceStartMs', () => {
  it("reads the request's start from the trace id", () => {
    expect(traceStartMs(DOCUMENTED)).toBe(STARTED);
    expect(new Date(STARTED).toISOString()).toBe('2016-06-09T22:11:20.000Z');
  });

  it('tells no time for an id of another form', () => {
    expect(traceStartMs('not-a-trace')).toBeUndefined();
    expect(traceStartMs('1-5759e988-bd86')).toBeUndefined();
  });
});

describe('mayStillArrive', () => {
  it('holds while the request is younger than the arrival window, read at the time given', () => {
    expect(mayStillArrive(DOCUMENTED, STARTED + 1_500)).toBe(true);
    expect(mayStillArrive(DOCUMENTED, STARTED + TRACE_ARRIVAL_MS - 1)).toBe(true);
    expect(mayStillArrive(DOCUMENTED, STARTED + TRACE_ARRIVAL_MS)).toBe(false);
  });

  it('takes a trace whose id tells no time as complete', () => {
    expect(mayStillArrive('not-a-trace', 0)).toBe(false);
  });
});

describe('askTraceAgain', () => {
  const answer = (status: number, code: string): ApiRequestError =>
    new ApiRequestError({ status, code, message: code });
  const notYet = answer(404, 'NotFound');

  it('asks again for a young trace X-Ray does not know yet, up to its limit', () => {
    const young = STARTED + 2_000;
    for (let failures = 0; failures < NOT_YET_RETRIES; failures += 1)
      expect(askTraceAgain(DOCUMENTED, failures, notYet, young)).toBe(true);
    expect(askTraceAgain(DOCUMENTED, NOT_YET_RETRIES, notYet, young)).toBe(false);
  });

  it('answers at once for a malformed id, a forbidden read, or an unknown trace too old to be arriving', () => {
    const young = STARTED + 2_000;
    expect(askTraceAgain('1-abc', 0, answer(400, 'ValidationError'), young)).toBe(false);
    expect(askTraceAgain(DOCUMENTED, 0, answer(403, 'Forbidden'), young)).toBe(false);
    expect(askTraceAgain(DOCUMENTED, 0, notYet, STARTED + TRACE_ARRIVAL_MS)).toBe(false);
  });

  it('retries throttling and faults as every query does', () => {
    expect(askTraceAgain(DOCUMENTED, 0, answer(503, 'Throttled'), 0)).toBe(true);
    expect(askTraceAgain(DOCUMENTED, 0, answer(500, 'InternalError'), 0)).toBe(true);
    expect(askTraceAgain(DOCUMENTED, 2, answer(500, 'InternalError'), 0)).toBe(false);
  });

  it('waits 0.5, 1, 2, 4 s for a trace not known yet, and as every query for the rest', () => {
    expect([0, 1, 2, 3].map((failures) => traceRetryDelay(failures, notYet))).toEqual([
      500, 1_000, 2_000, 4_000,
    ]);
    expect(
      traceRetryDelay(
        0,
        new ApiRequestError({
          status: 503,
          code: 'Throttled',
          message: 'slow down',
          retryAfterSeconds: 3,
        }),
      ),
    ).toBe(3_000);
  });
});
