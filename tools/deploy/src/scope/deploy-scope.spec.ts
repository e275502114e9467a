import { deployScope } from './deploy-scope';

describe('deployScope', () => {
  it('deploys only the affected projects for code and lib changes', () => {
    expect(
      deployScope([
        'apps/functions/get-instance/src/handler.ts',
        'libs/metrics/domain/src/lib/period.ts',
        'apps/web/src/app/app.tsx',
      ]),
    ).toEqual({ scope: 'affected', reasons: [] });
  });

  it.each([
    ['serverless.yml'],
    ['apps/functions/stop-instances/function.yml'],
    ['infra/hosting.yml'],
    ['infra/edge/security-headers.json'],
    ['package-lock.json'],
    ['tools/build/serverless-esbuild.config.cjs'],
  ])('deploys the whole stack when %s changes', (file) => {
    const { scope, reasons } = deployScope(['libs/metrics/domain/src/lib/period.ts', file]);

    expect(scope).toBe('stack');
    expect(reasons).toEqual([expect.stringContaining(file)]);
  });
});
