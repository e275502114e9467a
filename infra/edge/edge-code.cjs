// Serverless variable source for infra/hosting.yml: the CloudFront Function's code is kept as a
// plain script (spa-fallback.js) so the preview server can run the very same file.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

module.exports = {
  spaFallback: () => readFileSync(join(__dirname, 'spa-fallback.js'), 'utf8'),
};
