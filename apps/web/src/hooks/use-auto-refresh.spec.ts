import { AUTO_REFRESH_MS, autoRefreshInterval } from './use-auto-refresh';

describe('autoRefreshInterval', () => {
  it('refreshes every few seconds, at most ten, when nothing asks for more', () => {
    expect(autoRefreshInterval(false)).toBe(AUTO_REFRESH_MS);
    expect(AUTO_REFRESH_MS).toBeLessThanOrEqual(10_000);
  });

  it('takes a faster interval when the view asks for one, never a slower one', () => {
    expect(autoRefreshInterval(2_000)).toBe(Math.min(2_000, AUTO_REFRESH_MS));
    expect(autoRefreshInterval(60_000)).toBe(AUTO_REFRESH_MS);
  });
});
