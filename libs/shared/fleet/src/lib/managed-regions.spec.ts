import { parseFleetRegions, selectRegions } from './managed-regions';

describe('fleet regions', () => {
  it('reads the managed regions from a comma-separated setting, without duplicates', () => {
    expect(parseFleetRegions(' us-east-1, eu-west-1,us-east-1 ')).toEqual([
      'us-east-1',
      'eu-west-1',
    ]);
  });

  it('fails at start-up on an empty or malformed setting', () => {
    expect(() => parseFleetRegions(undefined)).toThrow(/FLEET_REGIONS is empty/);
    expect(() => parseFleetRegions('us-east-1,Mars')).toThrow(/Mars/);
  });

  it('selects every managed region when a request names none', () => {
    expect(selectRegions(['a-b-1', 'c-d-2'], undefined)).toEqual(['a-b-1', 'c-d-2']);
  });

  it('refuses a region this deployment does not manage, naming the managed ones', () => {
    expect(() => selectRegions(['us-east-1'], ['us-west-2'])).toThrow(
      expect.objectContaining({
        code: 'UnknownRegion',
        statusCode: 400,
        message: expect.stringMatching(/us-east-1/),
      }),
    );
  });
});
