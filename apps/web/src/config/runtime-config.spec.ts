import { RuntimeConfigError, loadRuntimeConfig, parseRuntimeConfig } from './runtime-config';

const VALID = {
  apiUrl: 'http://localhost:3000',
  regions: ['us-east-1', 'eu-west-1'],
  stage: 'local',
  cognito: {
    region: 'us-east-1',
    userPoolId: 'local_5mQx2b1e',
    clientId: '7d4uf4e9h2lz1n3i0x6ya0bq5',
    endpoint: 'http://127.0.0.1:9229',
  },
};

describe('parseRuntimeConfig', () => {
  it('accepts the settings vite serves locally', () => {
    expect(parseRuntimeConfig(VALID)).toEqual(VALID);
  });

  it('drops a trailing slash from the API URL so paths join cleanly', () => {
    expect(parseRuntimeConfig({ ...VALID, apiUrl: 'https://api.example.com/prod/' }).apiUrl).toBe(
      'https://api.example.com/prod',
    );
  });

  it('refuses a config without regions', () => {
    expect(() => parseRuntimeConfig({ ...VALID, regions: [] })).toThrow(RuntimeConfigError);
  });

  it('names the field that is wrong', () => {
    expect(() => parseRuntimeConfig({ ...VALID, regions: ['Europe'] })).toThrow(/regions\.0/);
  });

  it('accepts Cognito settings without an endpoint, as on AWS', () => {
    const { endpoint: _endpoint, ...onAws } = VALID.cognito;

    expect(parseRuntimeConfig({ ...VALID, cognito: onAws }).cognito).toEqual(onAws);
  });

  it('refuses a config without a Cognito app client', () => {
    expect(() =>
      parseRuntimeConfig({ ...VALID, cognito: { ...VALID.cognito, clientId: '' } }),
    ).toThrow(/cognito\.clientId/);
  });

  it('refuses a Cognito region that is not a region', () => {
    expect(() =>
      parseRuntimeConfig({ ...VALID, cognito: { ...VALID.cognito, region: 'Virginia' } }),
    ).toThrow(/cognito\.region/);
  });

  it('refuses an API URL that is not http(s)', () => {
    expect(() => parseRuntimeConfig({ ...VALID, apiUrl: 'ftp://example.com' })).toThrow(/apiUrl/);
  });
});

describe('loadRuntimeConfig', () => {
  it('reads /config.json from the site root, whatever the page', async () => {
    const fetchStub = jest.fn(async () => Response.json(VALID));

    await loadRuntimeConfig(fetchStub as unknown as typeof fetch);

    expect(fetchStub).toHaveBeenCalledWith('/config.json', expect.anything());
  });

  it('reports a missing file as a deployment problem', async () => {
    const fetchStub = async (): Promise<Response> => new Response('not here', { status: 404 });

    await expect(loadRuntimeConfig(fetchStub)).rejects.toThrow(
      'config.json could not be loaded (HTTP 404)',
    );
  });
});
