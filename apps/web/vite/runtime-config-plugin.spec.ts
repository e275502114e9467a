import { runtimeConfigFromEnv } from './runtime-config-plugin';

describe('runtimeConfigFromEnv', () => {
  it('defaults to the local stack', () => {
    expect(runtimeConfigFromEnv({})).toEqual({
      apiUrl: 'http://localhost:3000',
      regions: ['us-east-1', 'eu-west-1', 'ap-southeast-2'],
      stage: 'local',
    });
  });

  it('reads the API URL, regions and stage from the environment', () => {
    expect(
      runtimeConfigFromEnv({
        FLEET_API_URL: 'http://127.0.0.1:4010',
        FLEET_REGIONS: ' eu-west-1 , us-west-2,',
        FLEET_STAGE: 'test',
      }),
    ).toEqual({
      apiUrl: 'http://127.0.0.1:4010',
      regions: ['eu-west-1', 'us-west-2'],
      stage: 'test',
    });
  });
});
