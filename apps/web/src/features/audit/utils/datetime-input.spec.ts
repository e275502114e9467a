import { fromDateTimeInput, toDateTimeInput } from './datetime-input';

// The unit tests run with TZ=UTC or not at all in a zone of their choosing, so the local cases
// compare with Date's own local reading rather than a written-out clock.
describe('datetime-local values on the console’s clock', () => {
  it('writes and reads an instant on UTC’s clock whatever the browser’s zone', () => {
    expect(toDateTimeInput('2026-01-04T09:30:59.000Z', 'UTC')).toBe('2026-01-04T09:30');
    expect(fromDateTimeInput('2026-01-04T09:30', 'UTC')).toBe('2026-01-04T09:30:00.000Z');
    expect(fromDateTimeInput('2026-01-04T09:30:15', 'UTC')).toBe('2026-01-04T09:30:15.000Z');
  });

  it('writes and reads an instant on the browser’s clock without a zone', () => {
    const instant = new Date(2026, 0, 4, 9, 30); // 09:30 local
    expect(toDateTimeInput(instant.toISOString(), undefined)).toBe('2026-01-04T09:30');
    expect(fromDateTimeInput('2026-01-04T09:30', undefined)).toBe(instant.toISOString());
  });

  it('gives back what it was given, on either clock', () => {
    const iso = '2026-07-14T23:45:00.000Z';
    for (const zone of ['UTC', undefined]) {
      expect(fromDateTimeInput(toDateTimeInput(iso, zone), zone)).toBe(iso);
    }
  });

  it('leaves an empty or unreadable value empty', () => {
    expect(toDateTimeInput('', 'UTC')).toBe('');
    expect(toDateTimeInput('yesterday', undefined)).toBe('');
    expect(fromDateTimeInput('', undefined)).toBe('');
    expect(fromDateTimeInput('2026-13-45T99:99', 'UTC')).toBe('');
  });
});
