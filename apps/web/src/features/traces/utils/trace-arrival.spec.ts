import { TRACE_ARRIVAL_MS, mayStillArrive, traceStartMs } from './trace-arrival';

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
