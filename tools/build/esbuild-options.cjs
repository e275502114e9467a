// The one place that says how a Lambda function is bundled. `nx build <function>` and
// serverless-esbuild (`serverless package|deploy|offline`) both read it, so what a test builds is
// what AWS runs.
const { join } = require('node:path');

module.exports = {
  bundle: true,
  minify: true,
  // External map: the code stays small and NODE_OPTIONS=--enable-source-maps (serverless.yml)
  // turns stack traces in CloudWatch Logs back into TypeScript file:line.
  sourcemap: 'external',
  platform: 'node',
  format: 'cjs',
  // Lambda runs nodejs22.x; Node 20 syntax keeps the same bundle runnable on this machine too.
  target: 'node20',
  // Bundle our pinned AWS SDK instead of the runtime's: reproducible, and tree-shaken.
  external: [],
  exclude: [],
  // Middy and Powertools publish ESM with a "module" entry: prefer it for tree shaking.
  mainFields: ['module', 'main'],
  keepNames: true,
  // The X-Ray SDK keeps the current segment with cls-hooked, whose async hooks run for every
  // promise of a function, traced or not; the kit's AsyncLocalStorage version of the same API
  // takes its place in every bundle (why, and what it covers: the module's own comment).
  alias: {
    'cls-hooked/context': join(
      __dirname,
      '../../libs/lambda/kit/src/lib/telemetry/xray-async-context.ts',
    ),
  },
  legalComments: 'none',
};
