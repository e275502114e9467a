import { WORKSPACE_ROOT } from './run-command';
import { packageOf, usageOfDependencies } from './dependency-usage';

// Pinned packages nothing in the workspace uses by the definition in dependency-usage.ts, each
// with the reason it stays. Anything else unused must go.
const ALLOWED_UNUSED: Readonly<Record<string, string>> = {
  'typescript-eslint':
    "required at run time by @nx/eslint-plugin's flat/typescript config, which does not declare it",
};

describe('dependencies', () => {
  const uses = usageOfDependencies(WORKSPACE_ROOT);

  it('pins no package that nothing uses, unless the allow-list says why', () => {
    const unused = [...uses].filter(([name, use]) => !use && !(name in ALLOWED_UNUSED));

    expect(unused.map(([name]) => name)).toEqual([]);
  });

  it('allows only packages that really are pinned and unused', () => {
    const stale = Object.keys(ALLOWED_UNUSED).filter((name) => !uses.has(name) || uses.get(name));

    expect(stale).toEqual([]);
  });

  it('counts an import of a sub-path as a use of its package', () => {
    expect(packageOf('@aws-lambda-powertools/logger/middleware')).toBe(
      '@aws-lambda-powertools/logger',
    );
    expect(packageOf('zod/mini')).toBe('zod');
    expect(packageOf('node:fs')).toBeUndefined();
  });

  it('tells imported, run, configured and peer packages apart', () => {
    expect(uses.get('@middy/core')).toBe('imported');
    expect(uses.get('@types/aws-lambda')).toBe('imported');
    expect(uses.get('jest')).toBe('run');
    expect(uses.get('serverless-offline')).toBe('configured');
    expect(uses.get('@emotion/react')).toBe('peer');
  });
});
