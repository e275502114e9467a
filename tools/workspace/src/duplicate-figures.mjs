// `node tools/workspace/src/duplicate-figures.mjs [REV …] [--list]`
// The duplicate figures of issue 15, the same way for any commit: the tree of each REV (default:
// 0940e95, the issue's "today", and the working tree as ".") is scanned with
// `duplicates --most 200 --seconds 150` (six or more shared lines, the same or of the same shape;
// the `duplicates` command of the tool library must be on PATH), and its pairs are counted:
//   - all pairs; pairs with both places in apps/ or libs/;
//   - pairs between two handlers (apps/functions/*/src/handler.ts);
//   - pairs between the test suites of two different functions.
// `--list` prints the apps/libs pairs of the last REV too.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../..', import.meta.url).pathname;
const args = process.argv.slice(2);
const revs = args.filter((arg) => !arg.startsWith('--'));
if (revs.length === 0) revs.push('0940e95', '.');
const SCAN = ['--most', '200', '--seconds', '150'];

/** The scan's output for the tree of `rev` ("." is the working tree, untracked files included). */
function scan(rev) {
  if (rev === '.')
    return execFileSync('duplicates', [...SCAN, '--repo', root], { encoding: 'utf8' });
  // The committed tree alone, as a checkout of it has it; outside this checkout, where git
  // would count it as ignored.
  const dir = mkdtempSync(join(tmpdir(), 'duplicate-figures-'));
  execFileSync('sh', ['-c', `git -C "${root}" archive "${rev}" | tar -x -C "${dir}"`]);
  try {
    return execFileSync('duplicates', [...SCAN, '--repo', dir], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ROW = /^D\d+ (\S+):\d+-\d+ ~ (\S+):\d+-\d+/;
const inAppsOrLibs = (path) => /^(apps|libs)\//.test(path);
const isHandler = (path) => /^apps\/functions\/[^/]+\/src\/handler\.ts$/.test(path);
const suiteOf = (path) => /^apps\/functions\/([^/]+)\/.*\.spec\.tsx?$/.exec(path)?.[1];

/** The figures of one scan. */
function figures(output) {
  const lines = output.split('\n');
  const pairs = lines.flatMap((line) => {
    const match = ROW.exec(line);
    return match ? [{ line, a: match[1], b: match[2] }] : [];
  });
  const total = Number(/^(\d+) pairs/.exec(lines[0] ?? '')?.[1] ?? 0);
  const cut = lines.find((line) => /^\(\+\d+ more pairs\)/.test(line));
  const incomplete = lines.find((line) => line.startsWith('incomplete:'));
  if (cut || incomplete) console.error(`warning: the scan is not complete (${cut ?? incomplete})`);
  const apps = pairs.filter((p) => inAppsOrLibs(p.a) && inAppsOrLibs(p.b));
  return {
    total,
    files: /\((\d+) files read\)/.exec(lines[0] ?? '')?.[1] ?? '?',
    apps,
    handlers: pairs.filter((p) => isHandler(p.a) && isHandler(p.b)).length,
    suites: pairs.filter((p) => suiteOf(p.a) && suiteOf(p.b) && suiteOf(p.a) !== suiteOf(p.b))
      .length,
  };
}

const results = revs.map((rev) => ({ rev, ...figures(scan(rev)) }));
const cells = (pick) => results.map((result) => ` ${pick(result)} |`).join('');
console.log(`scan: duplicates ${SCAN.join(' ')} (pairs of places sharing 6 or more lines)\n`);
console.log(`| pairs |${cells((r) => (r.rev === '.' ? 'working tree' : r.rev))}`);
console.log(`|---|${results.map(() => '---|').join('')}`);
console.log(`| all (files read) |${cells((r) => `${r.total} (${r.files})`)}`);
console.log(`| both places in apps/ or libs/ |${cells((r) => r.apps.length)}`);
console.log(`| between two handlers |${cells((r) => r.handlers)}`);
console.log(`| between two functions' test suites |${cells((r) => r.suites)}`);
if (args.includes('--list')) {
  console.log(`\napps/ and libs/ pairs of ${results.at(-1).rev}:`);
  for (const pair of results.at(-1).apps) console.log(pair.line);
}
