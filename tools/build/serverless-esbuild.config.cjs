// serverless-esbuild calls this with the serverless instance; the options are shared with nx build.
const options = require('./esbuild-options.cjs');

// `serverless offline` rebundles every function when a watched file changes. Its default watches
// every .js and .ts file of the workspace, tmp/ included, so the dashboard's production build
// (≈ 240 .js files written into tmp/ by `npm run preview`, the browser tests and the benches)
// and any script dropped there set off full rebundles (≈ 15 s of CPU each, measured) and reloaded
// every function's workers mid-run. Only the functions' sources are watched.
const watch = {
  pattern: ['apps/functions/**/*.ts', 'libs/**/*.ts'],
  ignore: ['**/*.spec.ts', '**/node_modules/**', '.esbuild', '.build', 'dist', 'tmp'],
};

module.exports = (serverless) => {
  // The local stage (npm start, the test stack) bundles the same handlers without minifying or
  // writing source maps: five times faster to start, and unminified code reads fine in a stack
  // trace. Every deployed stage gets exactly the options of `nx build`.
  if (serverless.service.provider.stage === 'local') {
    return {
      ...options,
      minify: false,
      sourcemap: false,
      watch,
      // Each local stack bundles into a folder of its own (the launcher names it after the API
      // port): a second stack started beside a running one (the two-stack test, the benches)
      // would otherwise rewrite the bundles the first one's new workers are loading.
      outputWorkFolder: process.env.ESBUILD_WORK_FOLDER || '.esbuild',
    };
  }
  return { ...options };
};
