import { instancePath, instancesListPath } from './instance-path';

describe('instancePath', () => {
  it('puts region then id in the path', () => {
    expect(instancePath('eu-west-1', 'i-0abc1234')).toBe('/instances/eu-west-1/i-0abc1234');
  });
});

describe('instancesListPath', () => {
  it('returns to the list with the filters the operator came from', () => {
    expect(instancesListPath({ listSearch: '?region=eu-west-1&q=web' })).toBe(
      '/instances?region=eu-west-1&q=web',
    );
  });

  it('returns to the plain list when the page was opened directly', () => {
    expect(instancesListPath(null)).toBe('/instances');
    expect(instancesListPath({ listSearch: 42 })).toBe('/instances');
  });
});
