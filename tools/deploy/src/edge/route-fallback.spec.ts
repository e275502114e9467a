import { routedUri } from './route-fallback';

describe('routedUri (the deployed CloudFront Function)', () => {
  it("serves the dashboard's routes index.html", () => {
    expect(routedUri('/')).toBe('/index.html');
    expect(routedUri('/instances/ap-southeast-2/i-0abc')).toBe('/index.html');
  });

  it('leaves a path with a file extension alone, so a missing file stays missing', () => {
    expect(routedUri('/assets/gone.js')).toBe('/assets/gone.js');
    expect(routedUri('/config.json')).toBe('/config.json');
  });
});
