// `npm run bench`: runs every *.bench.ts of the workspace, one after another (benchmarks share
// two cores badly), each printing its own markdown tables between two lines on the host's state
// (host-load.mjs), so a run on a contended host says so. Pass a path fragment to run fewer.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { hostLine } from './host-load.mjs';

const root = new URL('../..', import.meta.url).pathname;
const filter = process.argv[2] ?? '';
const skip = new Set(['node_modules', 'dist', '.nx', 'tmp', '.git', '.serverless', '.esbuild']);

function* benches(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skip.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* benches(path);
    else if (entry.name.endsWith('.bench.ts')) yield path;
  }
}

const files = ['apps', 'libs', 'tools']
  .flatMap((dir) => [...benches(join(root, dir))])
  .filter((file) => relative(root, file).includes(filter))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n## ${relative(root, file)}\n\n${hostLine('before')}\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', file], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) failed += 1;
  console.log(`\n${hostLine('after')}`);
}
console.log(`\n${files.length - failed} benchmarks ran, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
