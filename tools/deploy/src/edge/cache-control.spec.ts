import { IMMUTABLE, NEVER_STORED, SHORT_LIVED, cacheControlFor } from './cache-control';

describe('cacheControlFor', () => {
  it('keeps hashed build files for good', () => {
    expect(cacheControlFor('assets/index-Dx3k.js')).toBe(IMMUTABLE);
    expect(cacheControlFor('/assets/index-Dx3k.js.map')).toBe(IMMUTABLE);
  });

  it('never lets the entry page or the stage settings be stored', () => {
    expect(cacheControlFor('index.html')).toBe(NEVER_STORED);
    expect(cacheControlFor('/config.json')).toBe(NEVER_STORED);
  });

  it('keeps other root files briefly', () => {
    expect(cacheControlFor('favicon.svg')).toBe(SHORT_LIVED);
  });
});
