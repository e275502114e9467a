import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { API_ROUTES } from '@fleet/contract';
import { parse } from 'yaml';
import { openApiDocument } from './openapi-document';
import { OPENAPI_FILE, openApiText } from './openapi-file';

const WORKSPACE = resolve(__dirname, '../../..');

interface HttpEvent {
  http?: { method: string; path: string };
}

/** Every HTTP route serverless.yml deploys, from the functions' function.yml files. */
async function deployedRoutes(): Promise<{ fn: string; method: string; path: string }[]> {
  const functions = await readdir(join(WORKSPACE, 'apps/functions'));
  const routes = [];
  for (const fn of functions) {
    const file = await readFile(
      join(WORKSPACE, 'apps/functions', fn, 'function.yml'),
      'utf8',
    ).catch(() => '');
    const definition = (parse(file, { logLevel: 'error' }) ?? {}) as Record<
      string,
      { events?: HttpEvent[] }
    >;
    for (const event of definition[fn]?.events ?? []) {
      if (event.http) routes.push({ fn, method: event.http.method, path: `/${event.http.path}` });
    }
  }
  return routes;
}

// A new route fails here until it is in API_ROUTES (libs/shared/contract/src/lib/routes.ts) and
// `npm run openapi` has rewritten docs/openapi.json.
describe('docs/openapi.json', () => {
  it('is what `npm run openapi` generates from the contract today', async () => {
    expect(await readFile(OPENAPI_FILE, 'utf8')).toBe(openApiText());
  });

  it('describes exactly the routes serverless.yml deploys, each by its function', async () => {
    const described = API_ROUTES.map(
      (route) => `${route.method} ${route.path} ${route.operationId}`,
    );
    const deployed = (await deployedRoutes()).map(
      (route) => `${route.method} ${route.path} ${route.fn}`,
    );

    expect(described.sort()).toEqual(deployed.sort());
  });

  it("names each route's permission as its handler requires it", async () => {
    for (const route of API_ROUTES) {
      const handler = await readFile(
        join(WORKSPACE, 'apps/functions', route.operationId, 'src/handler.ts'),
        'utf8',
      );
      expect({
        route: route.operationId,
        declared: handler.includes(`permission: '${route.permission}'`),
      }).toEqual({
        route: route.operationId,
        declared: true,
      });
    }
  });

  it('is OpenAPI 3.1 with the API error shape on every refusal', () => {
    const document = openApiDocument() as {
      openapi: string;
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };

    expect(document.openapi).toBe('3.1.0');
    for (const operations of Object.values(document.paths)) {
      for (const operation of Object.values(operations)) {
        expect(operation.responses['403']).toEqual({
          description: expect.any(String),
          content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } },
        });
      }
    }
  });
});
