// serverless-esbuild calls this with the serverless instance; the options are shared with nx build.
const options = require('./esbuild-options.cjs');

module.exports = () => ({ ...options });
