// serverless-esbuild calls this with the serverless instance; the options are shared with nx build.
const options = require('./esbuild-options.cjs');

module.exports = (serverless) => {
  // The local stage (npm start, the test stack) bundles the same handlers without minifying or
  // writing source maps: five times faster to start, and unminified code reads fine in a stack
  // trace. Every deployed stage gets exactly the options of `nx build`.
  if (serverless.service.provider.stage === 'local') {
    return { ...options, minify: false, sourcemap: false };
  }
  return { ...options };
};
