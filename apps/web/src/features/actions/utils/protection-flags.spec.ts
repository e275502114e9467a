import { flagValue, initialChoice } from './protection-flags';

describe('flagValue', () => {
  it('leaves a flag out of the request when it is to be left as is', () => {
    expect(flagValue('keep')).toBeUndefined();
  });

  it('sets a flag on or off as chosen', () => {
    expect([flagValue('on'), flagValue('off')]).toEqual([true, false]);
  });
});

describe('initialChoice', () => {
  it('opens on the current value when it is known', () => {
    expect([initialChoice(true), initialChoice(false)]).toEqual(['on', 'off']);
  });

  it('opens on "leave as is" when the value could not be read', () => {
    expect([initialChoice(null), initialChoice(undefined)]).toEqual(['keep', 'keep']);
  });
});
