import { RuntimeConfigError, loadRuntimeConfig, parseRuntimeConfig } from './runtime-config';

const VALID = {
  apiUrl: 'http://localhost:3000',
  regions: ['us-east-1', 'eu-west-1'],
  stage: 'local',
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
