import { fakeSession } from '../testing/fake-tokens';
import { RENEW_MARGIN_MS, isRenewalDue, renewDelayMs } from './refresh-timing';

const NOW = 1_800_000_000_000;

describe('renewDelayMs', () => {
  it('renews an hour-long token two minutes before it expires', () => {
    expect(renewDelayMs(fakeSession([], NOW + 3_600_000), NOW)).toBe(3_600_000 - RENEW_MARGIN_MS);
  });

  it('renews at once a token within the margin', () => {
    expect(renewDelayMs(fakeSession([], NOW + 60_000), NOW)).toBe(0);
  });

  it('renews at once a token already expired (the tab slept)', () => {
    expect(renewDelayMs(fakeSession([], NOW - 60_000), NOW)).toBe(0);
  });
});

describe('isRenewalDue', () => {
  it('is not due while the token has more than the margin left', () => {
    expect(isRenewalDue(fakeSession([], NOW + RENEW_MARGIN_MS + 1), NOW)).toBe(false);
  });

  it('is due once the token is within the margin of its expiry', () => {
    expect(isRenewalDue(fakeSession([], NOW + RENEW_MARGIN_MS), NOW)).toBe(true);
  });
});
