import { parseTraceFilters, traceFilterCount } from './trace-filters';

describe('traceFilterCount', () => {
  it('counts none for the default search, whatever its window and order', () => {
    expect(traceFilterCount(parseTraceFilters(new URLSearchParams()))).toBe(0);
    expect(traceFilterCount(parseTraceFilters(new URLSearchParams('window=6h&sort=slowest')))).toBe(
      0,
    );
  });

  it('counts each filter the reader set, the preflights switch too', () => {
    const filters = parseTraceFilters(
      new URLSearchParams(
        'outcome=fault&action=stop&function=stop-instances&instance=i-1&user=u&minLatencyMs=500&preflights=include',
      ),
    );

    expect(traceFilterCount(filters)).toBe(7);
  });

  it('counts an exact window from a link as one', () => {
    const filters = parseTraceFilters(
      new URLSearchParams('from=2026-11-29T09:00:00Z&to=2026-11-29T10:00:00Z&function=get-trace'),
    );

    expect(traceFilterCount(filters)).toBe(2);
  });

  it('leaves out what the URL holds but cannot apply', () => {
    const filters = parseTraceFilters(new URLSearchParams('outcome=bogus&minLatencyMs=-4'));

    expect(traceFilterCount(filters)).toBe(0);
  });
});
