import { dashboardConfigFromOutputs } from './dashboard-config';

const OUTPUTS = {
  ServiceEndpoint: 'https://abc123.execute-api.eu-west-1.amazonaws.com/prod',
  FleetRegions: 'eu-west-1, us-east-1',
  UserPoolId: 'eu-west-1_Ab12Cd34',
  UserPoolClientId: '7d4uf4e9h2lz1n3i0x6ya0bq5',
};

describe('dashboardConfigFromOutputs', () => {
  it("writes the stage's config.json from the stack outputs", () => {
    expect(dashboardConfigFromOutputs(OUTPUTS, { stage: 'prod', region: 'eu-west-1' })).toEqual({
      apiUrl: 'https://abc123.execute-api.eu-west-1.amazonaws.com/prod',
      regions: ['eu-west-1', 'us-east-1'],
      stage: 'prod',
      cognito: {
        region: 'eu-west-1',
        userPoolId: 'eu-west-1_Ab12Cd34',
        clientId: '7d4uf4e9h2lz1n3i0x6ya0bq5',
      },
    });
  });

  it('names the output a stack without hosting lacks', () => {
    const { UserPoolClientId: _missing, ...partial } = OUTPUTS;

    expect(() =>
      dashboardConfigFromOutputs(partial, { stage: 'dev', region: 'eu-west-1' }),
    ).toThrow('the stack has no output UserPoolClientId');
  });
});
