import { runtimeConfigFromEnv } from './runtime-config-plugin';

describe('runtimeConfigFromEnv', () => {
  it('defaults to the local stack', () => {
    expect(runtimeConfigFromEnv({})).toEqual({
      apiUrl: 'http://localhost:3000',
      regions: ['us-east-1', 'eu-west-1', 'ap-southeast-2'],
      stage: 'local',
      cognito: { region: 'us-east-1', userPoolId: '', clientId: '' },
    });
  });

  it('reads the API URL, regions and stage from the environment', () => {
    expect(
      runtimeConfigFromEnv({
        FLEET_API_URL: 'http://127.0.0.1:4010',
        FLEET_REGIONS: ' eu-west-1 , us-west-2,',
        FLEET_STAGE: 'test',
      }),
    ).toMatchObject({
      apiUrl: 'http://127.0.0.1:4010',
      regions: ['eu-west-1', 'us-west-2'],
      stage: 'test',
    });
  });

  it('reads the Cognito pool, client and local endpoint from the environment', () => {
    const config = runtimeConfigFromEnv({
      FLEET_COGNITO_REGION: 'eu-west-1',
      FLEET_COGNITO_USER_POOL_ID: 'eu-west-1_AbCdEf123',
      FLEET_COGNITO_CLIENT_ID: '4d2v1kq3example',
      FLEET_COGNITO_ENDPOINT: 'http://127.0.0.1:9229',
    });

    expect(config.cognito).toEqual({
      region: 'eu-west-1',
      userPoolId: 'eu-west-1_AbCdEf123',
      clientId: '4d2v1kq3example',
      endpoint: 'http://127.0.0.1:9229',
    });
  });

  it('leaves the Cognito endpoint out when none is set, as on AWS', () => {
    const config = runtimeConfigFromEnv({
      FLEET_COGNITO_USER_POOL_ID: 'us-east-1_AbCdEf123',
      FLEET_COGNITO_CLIENT_ID: '4d2v1kq3example',
    });

    expect(config.cognito).not.toHaveProperty('endpoint');
  });
});
