import { flagValue } from './protection-flags';

describe('flagValue', () => {
  it('leaves a flag out of the request when it is to be left as is', () => {
    expect(flagValue('keep')).toBeUndefined();
  });

  it('sets a flag on or off as chosen', () => {
    expect([flagValue('on'), flagValue('off')]).toEqual([true, false]);
  });
});
