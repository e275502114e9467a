// `npx tsx apps/web/bench/bundle.bench.ts` (or `npm run bench web`): builds the dashboard into a
// temporary folder and prints what the first page downloads (gzip) with the charts split off, the
// charts' own chunks, and what the first page would weigh were the charts loaded eagerly.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Manifest } from 'vite';

const configFile = fileURLToPath(new URL('../vite.config.ts', import.meta.url));
/** The module `React.lazy` imports for the Monitoring tab; everything only it pulls in is "charts". */
const CHARTS_MODULE = 'src/features/metrics/components/instance-monitoring.tsx';
/** The instance page, lazy too (router `lazy`): it hosts the tab. */
const INSTANCE_ROUTE = 'src/app/routes/instance.tsx';

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
    if (!manifest[CHARTS_MODULE]) throw new Error(`${CHARTS_MODULE} is not a chunk of its own`);

    const firstPage = staticClosure(manifest, entry);
    if (firstPage.has(CHARTS_MODULE)) throw new Error('the charts are in the first page: not lazy');
    // What only the charts need: not what the first page or another lazy page (the instance page
    // that hosts the tab) loads anyway.
    const elsewhere = new Set(
      Object.keys(manifest)
        .filter(
          (key) =>
            key !== CHARTS_MODULE && (manifest[key]?.isEntry || manifest[key]?.isDynamicEntry),
        )
        .flatMap((key) => [...staticClosure(manifest, key)]),
    );
    const charts = [...staticClosure(manifest, CHARTS_MODULE)].filter((key) => !elsewhere.has(key));
    const instancePage = [...staticClosure(manifest, INSTANCE_ROUTE)].filter(
      (key) => !firstPage.has(key),
    );
    const firstKb = gzipKb(outDir, manifest, firstPage);
    const chartsKb = gzipKb(outDir, manifest, charts);
    const chunkNames = (keys: Iterable<string>): string =>
      [...keys].map((key) => manifest[key]?.file.replace('assets/', '') ?? key).join(', ');

    console.log('| JavaScript (gzip, level 9) | KB | chunks |');
    console.log('| --- | ---: | --- |');
    console.log(
      `| first page (entry + static imports) | ${firstKb.toFixed(1)} | ${chunkNames(firstPage)} |`,
    );
    console.log(
      `| instance page (lazy route, charts excluded) | ${gzipKb(outDir, manifest, instancePage).toFixed(1)} | ${chunkNames(instancePage)} |`,
    );
    console.log(
      `| charts (Monitoring tab, lazy) | ${chartsKb.toFixed(1)} | ${chunkNames(charts)} |`,
    );
    console.log(
      `| first page with charts eagerly loaded | ${(firstKb + chartsKb).toFixed(1)} | (+${((chartsKb / firstKb) * 100).toFixed(0)} %) |`,
    );
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
