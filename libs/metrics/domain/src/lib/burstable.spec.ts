import { isBurstable } from './burstable';

describe('isBurstable', () => {
  it.each(['t2.micro', 't3.nano', 't3a.large', 't4g.2xlarge'])('counts %s as burstable', (type) => {
    expect(isBurstable(type)).toBe(true);
  });

  it.each(['m5.large', 'c7g.xlarge', 'r6i.large', 't1.micro', 'x2iedn.xlarge', 'unknown'])(
    'does not count %s as burstable',
    (type) => {
      expect(isBurstable(type)).toBe(false);
    },
  );
});
