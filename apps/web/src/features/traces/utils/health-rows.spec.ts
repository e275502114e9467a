import type { ActionHealth, FunctionHealth, ServiceHealth } from '@fleet/contract';
import { actionRows, functionRows, timelineRows } from './health-rows';

const noPoints = { requests: [], clientErrors: [], faults: [], p50Ms: [], p99Ms: [] };

function fn(name: string, requests: number, p50Ms: number | null = null): FunctionHealth {
  return { name, requests, clientErrors: 0, faults: 0, p50Ms, p99Ms: p50Ms, series: noPoints };
}

function action(
  name: ActionHealth['action'],
  outcomes: Partial<ActionHealth['outcomes']> = {},
  denied = 0,
): ActionHealth {
  return {
    action: name,
    outcomes: { succeeded: 0, unchanged: 0, refused: 0, failed: 0, ...outcomes },
    denied,
  };
}

function health(functions: FunctionHealth[], actions: ActionHealth[]): ServiceHealth {
  return { range: '1h', period: 60, timestamps: [], functions, actions };
}

describe('functionRows', () => {
  it('keeps the functions that served requests, busiest first, latency in whole ms', () => {
    const rows = functionRows(
      health([fn('get-trace', 2, 21.6), fn('list-traces', 0), fn('list-instances', 6, 9.2)], []),
    );

    expect(rows.map((row) => [row.name, row.requests, row.p50Ms])).toEqual([
      ['list-instances', 6, 9],
      ['get-trace', 2, 22],
    ]);
  });
});

describe('actionRows', () => {
  it('draws a bar for each action taken or denied, outcomes and denials side by side', () => {
    const rows = actionRows(
      health(
        [],
        [
          action('start'),
          action('stop', { succeeded: 4, refused: 1 }),
          action('reboot'),
          action('terminate', {}, 2),
        ],
      ),
    );

    expect(rows).toEqual([
      { action: 'stop', succeeded: 4, unchanged: 0, refused: 1, failed: 0, denied: 0 },
      { action: 'terminate', succeeded: 0, unchanged: 0, refused: 0, failed: 0, denied: 2 },
    ]);
  });

  it('has no rows when no action was taken or denied (the page says so instead of empty bars)', () => {
    expect(
      actionRows(health([fn('list-instances', 3)], [action('start'), action('stop')])),
    ).toEqual([]);
  });
});

describe('timelineRows', () => {
  it('sums every function per period on the answer’s time axis, a missing point as nothing', () => {
    const timestamps = ['2026-11-30T10:00:00.000Z', '2026-11-30T10:01:00.000Z'];
    const listing: FunctionHealth = {
      ...fn('list-instances', 5),
      series: { ...noPoints, requests: [3, 2], clientErrors: [1, null], faults: [0, 0] },
    };
    const stopping: FunctionHealth = {
      ...fn('stop-instances', 1),
      series: { ...noPoints, requests: [null, 1], clientErrors: [null, 0], faults: [null, 1] },
    };

    expect(timelineRows({ ...health([listing, stopping], []), timestamps })).toEqual([
      { t: Date.parse(timestamps[0] ?? ''), requests: 3, clientErrors: 1, faults: 0 },
      { t: Date.parse(timestamps[1] ?? ''), requests: 3, clientErrors: 0, faults: 1 },
    ]);
  });
});
