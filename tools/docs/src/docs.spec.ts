import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { API_ROUTES, EVENT_FUNCTIONS } from '@fleet/contract';
import { replaceBlock } from './markdown';
import { readFunctions } from './read-functions';
import { readMiddyChain } from './read-middy-chain';
import { readProjects } from './read-projects';

const root = resolve(__dirname, '../../..');

describe('generated docs', () => {
  it('match the code: after a change, run `npm run docs`', () => {
    const stale = execFileSync(
      join(root, 'node_modules/.bin/tsx'),
      [join(__dirname, 'cli.ts'), '--check'],
      { encoding: 'utf8' },
    );

    expect(JSON.parse(stale)).toEqual([]);
  });

  it('list every function folder, with its route, permission and role from its own files', () => {
    const functions = readFunctions(root);

    expect(functions.map((fn) => fn.name).sort()).toEqual(
      readdirSync(join(root, 'apps/functions')).sort(),
    );
    const list = functions.find((fn) => fn.name === 'list-instances');
    expect(list).toMatchObject({ triggers: ['GET /instances'], permission: 'instances:read' });
    expect(list?.iamActions.length).toBeGreaterThan(0);
    expect(list?.iamActions.every((action) => /^[a-z0-9-]+:[A-Za-z*]+$/.test(action))).toBe(true);
  });

  it('find every function on the Service health view: an API route, or an event function', () => {
    // The authorizer runs inside API Gateway's own path: it answers no route and is not charted.
    const served = new Set([...API_ROUTES.map((route) => route.operationId), 'authorizer']);
    const others = readFunctions(root)
      .map((fn) => fn.name)
      .filter((name) => !served.has(name));

    expect(others.sort()).toEqual([...EVENT_FUNCTIONS].sort());
  });

  it('name the tables a role reaches, also through an index ARN', () => {
    const audit = readFunctions(root).find((fn) => fn.name === 'list-audit-events');

    expect(audit?.resources).toContain('AuditTable');
  });

  it('list every lib with its kind, scope and purpose', () => {
    const libs = readProjects(root, 'libs');

    expect(libs.find((lib) => lib.root === 'libs/shared/contract')).toMatchObject({
      packageName: '@fleet/contract',
      kind: 'contract',
      scope: 'shared',
    });
    expect(libs.every((lib) => lib.purpose.length > 0)).toBe(true);
  });

  it("read the kit's Middy chain in order, the caller's permission before validation, each step described", () => {
    const chain = readMiddyChain(root).map((step) => step.middleware);

    expect(chain.length).toBeGreaterThan(3);
    expect(chain.indexOf('authorizeCaller')).toBeLessThan(chain.indexOf('validateRequest'));
    expect(readMiddyChain(root).filter((step) => !step.does)).toEqual([]);
  });

  it('refuse a file whose markers are gone, rather than drop its table', () => {
    expect(() => replaceBlock('# no markers here\n', 'functions', 'table')).toThrow(
      /no block "functions"/,
    );
  });
});
