import { cachedIntl } from './intl-cache';

describe('cachedIntl', () => {
  it('builds a formatter once per key and hands the same one back after', () => {
    let built = 0;
    const build = (): Intl.NumberFormat => {
      built += 1;
      return new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
    };

    const first = cachedIntl('spec|en|1', build);
    const second = cachedIntl('spec|en|1', build);

    expect(second).toBe(first);
    expect(built).toBe(1);
    expect(second.format(1.25)).toBe('1.3');
  });
});
