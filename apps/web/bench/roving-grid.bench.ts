// `npm run bench -- roving-grid`: what the keyboard grid (`src/lib/roving-grid.ts`) costs the page
// in Chromium as its tables grow. The grid hands the tab stop out again after every change in the
// table (a MutationObserver), sweeping the cells the change touched, whenever React redraws a row,
// a sparkline arrives or the Audit page appends its next 50 records: that time is the page's,
// before the next frame. Attaching sweeps the whole table once.
// The tables are built like the Audit page's (8 cells a row: a time and an actor focusable for
// their tooltips, a trace link, an instance link, four cells of text); the Audit page keeps every
// page of records it has loaded, so 2,000 rows is 40 pages scrolled.
import { percentile } from '@fleet/testing';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { measureGrid } from './roving-grid-in-page';

const ROWS = [50, 500, 2_000] as const;
const SAMPLES = 40;
const IN_PAGE = fileURLToPath(new URL('./roving-grid-in-page.ts', import.meta.url));

/** The page side and the grid as one script for a blank page. */
async function pageScript(): Promise<string> {
  const result = await build({
    entryPoints: [IN_PAGE],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
  });
  return result.outputFiles[0]?.text ?? '';
}

async function main(): Promise<void> {
  const { launchBrowser } = await import('@fleet/testing');
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: await pageScript() });
    const lines: string[] = [];
    for (const rows of ROWS) {
      const { withGrid, without } = await page.evaluate(
        ([rows, samples]) =>
          (window as unknown as { measureGrid: typeof measureGrid }).measureGrid(rows, samples),
        [rows, SAMPLES] as const,
      );
      // With the grid, then (in brackets) the same change without it.
      const pair = (on: number[], off: number[], at: number): string =>
        `${percentile(on, at).toFixed(1)} (${percentile(off, at).toFixed(1)})`;
      lines.push(
        `| ${rows.toLocaleString('en')} | ${(rows * 8).toLocaleString('en')} | ${percentile(withGrid.attach, 0.5).toFixed(1)} | ${pair(withGrid.change, without.change, 0.5)} | ${pair(withGrid.change, without.change, 0.95)} | ${pair(withGrid.page, without.page, 0.5)} | ${pair(withGrid.page, without.page, 0.95)} |`,
      );
    }
    console.log(
      `The keyboard grid's sweep in Chromium, on tables built like the Audit page's (8 cells a row, 4 focusable); ${SAMPLES * 3} samples a figure: with the grid (without it), ms from the change to the end of the sweep; attach: median of 3\n`,
    );
    console.log(
      '| rows | cells | attach ms | one cell changed: p50 | p95 | 50 rows appended: p50 | p95 |',
    );
    console.log('| --: | --: | --: | --: | --: | --: | --: |');
    for (const line of lines) console.log(line);
  } finally {
    await browser.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
