// `nx build <function>`: bundles apps/functions/<name>/src/handler.ts into
// dist/apps/functions/<name>/handler.js (+ .map) with the options serverless uses.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { exclude: _serverlessOnly, ...options } = require('./esbuild-options.cjs');
const workspaceRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const name = process.argv[2];
if (!name) {
  console.error('usage: node tools/build/bundle-function.mjs <function-name>');
  process.exit(2);
}

const outfile = join(workspaceRoot, 'dist/apps/functions', name, 'handler.js');
const result = await build({
  ...options,
  entryPoints: [join(workspaceRoot, 'apps/functions', name, 'src/handler.ts')],
  outfile,
  metafile: true,
  logLevel: 'warning',
});
const bytes =
  Object.values(result.metafile.outputs).find((output) => output.entryPoint)?.bytes ?? 0;
console.log(`${name}: ${outfile} (${(bytes / 1024).toFixed(0)} KB)`);
