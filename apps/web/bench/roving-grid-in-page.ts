// The roving-grid bench's page side, bundled with the grid into one script for a blank Chromium
// page (it exposes `window.measureGrid`): tables built like the Audit page's, timed by the page's
// own clock.
import { rovingGrid } from '../src/lib/roving-grid';

export interface Figures {
  /** The grid's first sweep, as it loads onto a drawn table. */
  attach: number[];
  /** From one cell's change to the end of the grid's sweep. */
  change: number[];
  /** From appending the next 50 rows (the Audit page's next page) to the end of the sweep. */
  page: number[];
}

/**
 * Runs in the page: builds a table of `rows`, attaches the grid (or not) and times changes, from
 * the change to a second observer's callback: mutation observers run in the order they were made,
 * in the same microtask checkpoint, so that callback comes right after the grid's sweep and before
 * the page draws (which the sweep's time would otherwise include, a frame at a time).
 */
export async function measureGrid(
  rows: number,
  samples: number,
): Promise<{ withGrid: Figures; without: Figures }> {
  const nextTask = (): Promise<void> =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
  const row = (index: number): HTMLTableRowElement => {
    const tr = document.createElement('tr');
    tr.innerHTML =
      `<td><span tabindex="-1">12:0${index % 10}:00</span></td><td>outcome</td><td>stop</td>` +
      `<td><span>succeeded</span> <a href="/traces/1-${index}">trace</a></td>` +
      `<td><a href="/instances/eu-west-1/i-${index}">i-${index}</a></td>` +
      `<td><span tabindex="-1">operator@example.com</span></td><td>stopped</td><td>—</td>`;
    return tr;
  };
  const measure = async (grid: boolean, figures: Figures): Promise<void> => {
    document.body.replaceChildren();
    const table = document.createElement('table');
    const body = table.createTBody();
    for (let index = 0; index < rows; index += 1) body.append(row(index));
    document.body.append(table);
    const attachStarted = performance.now();
    const stop = grid ? rovingGrid(table) : () => undefined;
    figures.attach.push(performance.now() - attachStarted);

    let swept: (() => void) | undefined;
    const after = new MutationObserver(() => swept?.());
    after.observe(table, { subtree: true, childList: true, characterData: true });
    const timed = async (change: () => void): Promise<number> => {
      const done = new Promise<number>((resolve) => {
        swept = () => resolve(performance.now());
      });
      const started = performance.now();
      change();
      const ended = await done;
      await nextTask();
      return ended - started;
    };
    for (let sample = 0; sample < samples; sample += 1) {
      const cell = body.rows[sample % rows]?.cells[7] as HTMLTableCellElement;
      figures.change.push(await timed(() => (cell.textContent = `edited ${sample}`)));
      const next = document.createDocumentFragment();
      for (let index = 0; index < 50; index += 1) next.append(row(rows + index));
      figures.page.push(await timed(() => body.append(next)));
      for (let index = 0; index < 50; index += 1) body.lastElementChild?.remove();
      await nextTask();
    }
    after.disconnect();
    stop();
  };
  // Interleaved, so a drift of the machine's speed falls on both.
  const withGrid: Figures = { attach: [], change: [], page: [] };
  const without: Figures = { attach: [], change: [], page: [] };
  for (let round = 0; round < 3; round += 1) {
    await measure(true, withGrid);
    await measure(false, without);
  }
  return { withGrid, without };
}

(window as unknown as { measureGrid: typeof measureGrid }).measureGrid = measureGrid;
