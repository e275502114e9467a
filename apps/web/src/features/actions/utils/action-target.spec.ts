import { knownFlags, protectionWarning, type ActionTarget } from './action-target';

const target = (protection?: ActionTarget['protection']): ActionTarget => ({
  region: 'eu-west-1',
  id: 'i-1',
  name: 'web-1',
  state: 'running',
  tags: {},
  ...(protection ? { protection } : {}),
});

describe('protectionWarning', () => {
  it('warns a terminate confirmation that termination protection is on', () => {
    const warning = protectionWarning('terminate', [
      target({ disableApiTermination: true, disableApiStop: false }),
    ]);

    expect(warning).toMatch(/^Termination protection is on for web-1/);
  });

  it('warns a stop confirmation of stop protection only', () => {
    const protectedFromStop = target({ disableApiTermination: false, disableApiStop: true });

    expect(protectionWarning('stop', [protectedFromStop])).toMatch(/^Stop protection/);
    expect(protectionWarning('terminate', [protectedFromStop])).toBeNull();
  });

  it('says nothing when the flags were not read (list rows)', () => {
    expect(protectionWarning('terminate', [target()])).toBeNull();
  });
});

describe('knownFlags', () => {
  it('keeps the flags that were read and drops the unknown ones', () => {
    expect(knownFlags({ disableApiTermination: true, disableApiStop: null })).toEqual({
      disableApiTermination: true,
    });
  });
});
