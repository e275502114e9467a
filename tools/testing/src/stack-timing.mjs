// `npm run stack-timing -- --old <checkout> [--new <checkout>] [--runs 3] [--out <dir>]`
// Times the stack suite of two checkouts of this repo (e.g. a `git worktree` at an older commit,
// with `npm ci` run in it) the way CI runs it, INTERLEAVED (old, new, old, new, …) so that whatever
// else loads the machine hits both sides alike, and prints the medians:
//   - the whole suite, wall clock from launching jest to its exit (stack start-up included);
//   - the test files present in both checkouts, summed from jest's own per-file durations of the
//     same runs: the figure that compares like with like when files were added since.
// `--report <dir>` prints the table again from the JSON files a previous run saved, without running.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const args = new Map();
for (let index = 2; index < process.argv.length; index += 2) {
  args.set(process.argv[index].replace(/^--/, ''), process.argv[index + 1]);
}
const root = new URL('../../..', import.meta.url).pathname;
const sides = { old: args.get('old'), new: args.get('new') ?? root };
const runs = Number(args.get('runs') ?? 3);
const out = resolve(args.get('report') ?? args.get('out') ?? join(root, 'tmp/stack-timing'));

// The variables .ci/run sets: no Nx daemon, no cloud, no TUI, no Serverless telemetry.
const ciEnv = {
  CI: 'true',
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
  NX_TUI: 'false',
  SLS_TELEMETRY_DISABLED: '1',
};

/** Runs the stack suite once in `dir`, in a process group of its own; resolves its wall clock. */
function runSuite(dir, jsonFile) {
  const started = Date.now();
  const child = spawn(
    'npx',
    ['jest', '--selectProjects', 'stack', '--runInBand', '--json', `--outputFile=${jsonFile}`],
    {
      cwd: dir,
      env: { ...process.env, ...ciEnv },
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
    },
  );
  return new Promise((done) => {
    child.on('exit', (code) => {
      // As .ci/run does: end whatever the run left (stack services run in groups of their own).
      for (const group of safeList(join(dir, 'tmp/service-groups'))) {
        try {
          process.kill(-Number(group), 'SIGKILL');
        } catch {
          // already gone
        }
      }
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      done({ seconds: (Date.now() - started) / 1000, code });
    });
  });
}

function safeList(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Per test file (path relative to its checkout): seconds, from one jest --json result. */
function fileSeconds(result, dir) {
  return new Map(
    result.testResults.map((file) => [
      relative(dir, file.name),
      (file.endTime - file.startTime) / 1000,
    ]),
  );
}

/** Per test (file and full name): seconds, from the same result. */
function testSeconds(result, dir) {
  return new Map(
    result.testResults.flatMap((file) =>
      file.assertionResults.map((test) => [
        `${relative(dir, file.name)} › ${test.fullName}`,
        (test.duration ?? 0) / 1000,
      ]),
    ),
  );
}

if (!args.has('report')) {
  if (!sides.old) throw new Error('usage: --old <checkout> [--new <checkout>] [--runs 3]');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const walls = [];
  for (let run = 1; run <= runs; run += 1) {
    for (const side of ['old', 'new']) {
      const jsonFile = join(out, `${side}-${run}.json`);
      const { seconds, code } = await runSuite(resolve(sides[side]), jsonFile);
      walls.push({ side, run, seconds, code, dir: resolve(sides[side]) });
      process.stderr.write(`${side} run ${run}: ${seconds.toFixed(0)} s (exit ${code})\n`);
      writeFileSync(join(out, 'walls.json'), JSON.stringify(walls, null, 2));
    }
  }
}

const walls = JSON.parse(readFileSync(join(out, 'walls.json'), 'utf8'));
const results = walls.map((entry) => {
  const json = JSON.parse(readFileSync(join(out, `${entry.side}-${entry.run}.json`), 'utf8'));
  return {
    ...entry,
    files: fileSeconds(json, entry.dir),
    tests: testSeconds(json, entry.dir),
    failed: json.numFailedTests,
  };
});
/** The keys (files, or tests) that every run of both sides has: like compared with like. */
function commonKeys(pick) {
  const [first, ...others] = results.map((result) => new Set(pick(result).keys()));
  return [...first].filter((key) => others.every((keys) => keys.has(key))).sort();
}
const commonFiles = commonKeys((r) => r.files);
const commonTests = commonKeys((r) => r.tests);
const sumOf = (pick, keys) => (result) =>
  keys.reduce((sum, key) => sum + (pick(result).get(key) ?? 0), 0);

const row = (label, pick) => {
  const of = (side) => results.filter((r) => r.side === side).map(pick);
  const [oldValues, newValues] = [of('old'), of('new')];
  const change = (median(newValues) / median(oldValues) - 1) * 100;
  const list = (values) => values.map((v) => v.toFixed(0)).join(', ');
  return `| ${label} | ${list(oldValues)} | **${median(oldValues).toFixed(0)}** | ${list(newValues)} | **${median(newValues).toFixed(0)}** | ${change >= 0 ? '+' : ''}${change.toFixed(1)} % |`;
};
const count = (side, pick) =>
  [...new Set(results.filter((r) => r.side === side).map(pick))].join('/');
console.log(
  `old: ${walls.find((w) => w.side === 'old').dir}   new: ${walls.find((w) => w.side === 'new').dir}`,
);
console.log(
  `runs interleaved old, new, … (${walls.length / 2} each); seconds; failed tests old ${count('old', (r) => r.failed)}, new ${count('new', (r) => r.failed)}\n`,
);
console.log('| stack suite | old runs (s) | old median | new runs (s) | new median | change |');
console.log('|---|---|---|---|---|---|');
console.log(
  row(
    `(a) whole suite, wall clock (${count('old', (r) => r.files.size)} old / ${count('new', (r) => r.files.size)} new files)`,
    (r) => r.seconds,
  ),
);
console.log(
  row(
    `(b) the ${commonFiles.length} files present in both, sum of per-file times`,
    sumOf((r) => r.files, commonFiles),
  ),
);
console.log(
  row(
    `(c) the ${commonTests.length} tests present in both (same file and name), sum of per-test times`,
    sumOf((r) => r.tests, commonTests),
  ),
);
if (args.has('files')) {
  console.log('\n| file | old median (s) | new median (s) |\n|---|---|---|');
  for (const path of commonFiles) {
    const of = (side) =>
      median(results.filter((r) => r.side === side).map((r) => r.files.get(path) ?? 0));
    console.log(`| ${path} | ${of('old').toFixed(1)} | ${of('new').toFixed(1)} |`);
  }
}
