// `npx tsx apps/web/bench/bundle.bench.ts` (or `npm run bench web`): builds the dashboard into a
// temporary folder and prints, per route, the JavaScript a first visit downloads before the page
// renders (gzip): the entry and its static imports plus the route's lazy chunks (the signed-in
// shell and the page) and theirs. Budget: 170 KB per route. Also the charts' own chunk, which only
// the Monitoring tab loads.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Manifest } from 'vite';

const configFile = fileURLToPath(new URL('../vite.config.ts', import.meta.url));
const BUDGET_KB = 170;
const SHELL = 'src/app/layout/app-shell.tsx';
/** What the router loads for each route on a first visit (`src/app/router.tsx`). */
const ROUTES: readonly { name: string; modules: readonly string[] }[] = [
  { name: '/sign-in', modules: ['src/app/routes/sign-in.tsx'] },
  { name: '/instances (the list)', modules: [SHELL, 'src/app/routes/instances.tsx'] },
  { name: '/instances/:region/:id', modules: [SHELL, 'src/app/routes/instance.tsx'] },
  { name: '/audit', modules: [SHELL, 'src/app/routes/audit.tsx'] },
];
/** The module `React.lazy` imports for the Monitoring tab; everything only it pulls in is "charts". */
const CHARTS_MODULE = 'src/features/metrics/components/instance-monitoring.tsx';

/** Every chunk `key` loads before it runs: itself and its static imports, transitively. */
function staticClosure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) staticClosure(manifest, imported, seen);
  return seen;
}

function gzipKb(outDir: string, manifest: Manifest, keys: Iterable<string>): number {
  let bytes = 0;
  for (const key of keys) {
    const file = manifest[key]?.file;
    if (file?.endsWith('.js'))
      bytes += gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
  }
  return bytes / 1024;
}

function requireChunk(manifest: Manifest, key: string): void {
  if (!manifest[key]?.isDynamicEntry) throw new Error(`${key} is not a lazy chunk of its own`);
}

async function main(): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'fleet-web-bundle-'));
  try {
    await build({
      configFile,
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, manifest: true, sourcemap: false },
    });
    const manifest = JSON.parse(
      readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'),
    ) as Manifest;
    const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
    if (!entry) throw new Error('the manifest names no entry chunk');
    const entryChunks = staticClosure(manifest, entry);
    const chunkNames = (keys: Iterable<string>): string =>
      [...keys].map((key) => manifest[key]?.file.replace('assets/', '') ?? key).join(', ');

    console.log(`| first visit to (JavaScript, gzip level 9) | KB | budget ${BUDGET_KB} KB |`);
    console.log('| --- | ---: | --- |');
    console.log(
      `| entry alone (every route) | ${gzipKb(outDir, manifest, entryChunks).toFixed(1)} | |`,
    );
    for (const route of ROUTES) {
      const chunks = new Set(entryChunks);
      for (const module of route.modules) {
        requireChunk(manifest, module);
        for (const key of staticClosure(manifest, module)) chunks.add(key);
      }
      if (chunks.has(CHARTS_MODULE)) throw new Error(`${route.name} loads the charts eagerly`);
      const kb = gzipKb(outDir, manifest, chunks);
      console.log(
        `| ${route.name} | ${kb.toFixed(1)} | ${kb <= BUDGET_KB ? 'within' : '**over**'} |`,
      );
    }
    requireChunk(manifest, CHARTS_MODULE);
    // What only the charts need: not what the entry or another lazy chunk loads anyway.
    const elsewhere = new Set(
      Object.keys(manifest)
        .filter(
          (key) =>
            key !== CHARTS_MODULE && (manifest[key]?.isEntry || manifest[key]?.isDynamicEntry),
        )
        .flatMap((key) => [...staticClosure(manifest, key)]),
    );
    const charts = [...staticClosure(manifest, CHARTS_MODULE)].filter((key) => !elsewhere.has(key));
    console.log(
      `| charts (Monitoring tab, lazy, on top of its page) | ${gzipKb(outDir, manifest, charts).toFixed(1)} | ${chunkNames(charts)} |`,
    );
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
