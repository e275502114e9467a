import { isSettling, settlingInterval, SETTLING_POLL_MS } from './settling';

describe('settlingInterval', () => {
  it('polls while an instance is stopping', () => {
    expect(settlingInterval([{ state: 'running' }, { state: 'stopping' }])).toBe(SETTLING_POLL_MS);
  });

  it('stops polling once every instance has settled', () => {
    expect(settlingInterval([{ state: 'stopped' }, { state: 'terminated' }])).toBe(false);
  });

  it('treats pending and shutting-down as on their way', () => {
    expect(isSettling('pending') && isSettling('shutting-down')).toBe(true);
  });
});
