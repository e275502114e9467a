import { alarmsSummary, statusChecksSummary } from './health-summary';

describe('statusChecksSummary', () => {
  it('counts the passed checks when one is impaired', () => {
    expect(statusChecksSummary({ system: 'ok', instance: 'impaired' })).toMatchObject({
      label: '1/2 passed',
      color: 'error',
    });
    expect(statusChecksSummary({ system: 'impaired', instance: 'impaired' }).label).toBe(
      '0/2 passed',
    );
  });

  it('says both passed, or that they are still initializing', () => {
    expect(statusChecksSummary({ system: 'ok', instance: 'ok' }).label).toBe('2/2 passed');
    expect(statusChecksSummary({ system: 'ok', instance: 'initializing' }).label).toBe(
      'Initializing',
    );
  });
});

describe('alarmsSummary', () => {
  it('counts firing alarms first', () => {
    const summary = alarmsSummary([
      { name: 'a', state: 'ALARM' },
      { name: 'b', state: 'OK' },
    ]);
    expect(summary).toMatchObject({ label: '1 in alarm', color: 'error' });
    expect(summary?.description).toBe('a: ALARM; b: OK');
  });

  it('says OK when none fires, insufficient data when none has data, nothing with no alarm', () => {
    expect(alarmsSummary([{ name: 'b', state: 'OK' }])?.label).toBe('1 OK');
    expect(alarmsSummary([{ name: 'c', state: 'INSUFFICIENT_DATA' }])?.label).toBe('No data');
    expect(alarmsSummary([])).toBeNull();
  });
});
