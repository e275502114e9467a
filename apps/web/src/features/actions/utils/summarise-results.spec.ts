import { resultDetail, resultsSeverity, summariseResults } from './summarise-results';

describe('summariseResults', () => {
  it('counts each outcome that occurred, in a fixed order', () => {
    expect(
      summariseResults([
        { outcome: 'refused' },
        { outcome: 'succeeded' },
        { outcome: 'succeeded' },
      ]),
    ).toBe('2 succeeded, 1 refused.');
  });

  it('says so when nothing was named', () => {
    expect(summariseResults([])).toBe('No instance was named.');
  });
});

describe('resultsSeverity', () => {
  it('is an error as soon as one instance failed', () => {
    expect(resultsSeverity([{ outcome: 'succeeded' }, { outcome: 'failed' }])).toBe('error');
  });

  it('is informational when everything was already so', () => {
    expect(resultsSeverity([{ outcome: 'unchanged' }])).toBe('info');
  });
});

describe('resultDetail', () => {
  it('names the protection flag of a protected refusal', () => {
    expect(resultDetail({ outcome: 'refused', refusal: 'protected', flag: 'disableApiStop' })).toBe(
      'protected: disableApiStop',
    );
  });

  it("gives EC2's error code for a failure", () => {
    expect(resultDetail({ outcome: 'failed', errorCode: 'RequestLimitExceeded' })).toBe(
      'RequestLimitExceeded',
    );
  });
});
