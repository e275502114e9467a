import { traceFilterOf, traceWindowOf } from './trace-filter';

describe('traceFilterOf', () => {
  it('searches the kit annotations and X-Ray keywords, ANDed', () => {
    expect(
      traceFilterOf({
        function: 'stop-instances',
        action: 'stop',
        instance: 'i-0abc',
        user: 'sre@example.com',
        minLatencyMs: 1500,
        outcome: 'fault',
      }),
    ).toBe(
      'annotation.function = "stop-instances" AND annotation.action = "stop" AND annotation.instances CONTAINS "i-0abc" AND annotation.user = "sre@example.com" AND responsetime > 1.500 AND fault',
    );
  });

  it('writes a tiny latency bound in fixed notation, never as 1e-7 (found by the reliability fuzzer)', () => {
    expect(traceFilterOf({ minLatencyMs: 9.822918878875906e-26, preflights: 'include' })).toBe(
      'responsetime > 0.000',
    );
  });

  it('leaves CORS preflights out unless they are asked for', () => {
    expect(traceFilterOf({})).toBe('http.method != "OPTIONS"');
    expect(traceFilterOf({ preflights: 'exclude', outcome: 'error' })).toBe(
      'error AND http.method != "OPTIONS"',
    );
    expect(traceFilterOf({ preflights: 'include' })).toBe('');
  });

  it('needs no preflight clause beside an annotation, which no preflight carries', () => {
    expect(traceFilterOf({ user: 'sre@example.com' })).toBe('annotation.user = "sre@example.com"');
  });
});

describe('traceWindowOf', () => {
  const now = new Date('2026-11-29T14:00:00Z');

  it('defaults to the last hour', () => {
    expect(traceWindowOf({}, now)).toEqual({ from: new Date('2026-11-29T13:00:00Z'), to: now });
  });

  it('refuses a reversed window and one longer than 24 hours', () => {
    expect(traceWindowOf({ from: '2026-11-29T15:00:00Z' }, now)).toEqual({
      problem: 'from must be before to',
    });
    expect(traceWindowOf({ from: '2026-11-27T00:00:00Z' }, now)).toEqual({
      problem: 'a search covers at most 24 hours',
    });
  });
});
