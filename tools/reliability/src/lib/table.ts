import type { ReliabilityRow } from './run-scenario';

const COLUMNS: readonly [string, (row: ReliabilityRow) => string | number][] = [
  ['scenario', (row) => row.scenario],
  ['requests', (row) => row.requests],
  ['5xx (not 503 + Retry-After)', (row) => row.bad5xx],
  ['serverless-offline 502/504', (row) => row.offline5xx],
  ['EC2 mutation calls', (row) => row.ec2Mutations],
  ['audited attempts', (row) => row.attempts],
  ['outcomes', (row) => row.outcomes],
  ['duplicate mutations', (row) => row.duplicates],
  ['unaudited mutations', (row) => row.unaudited],
  ['closed twice', (row) => row.closedTwice],
  ['orphan attempts after reconcile', (row) => row.orphans],
  ['chain verified', (row) => (row.chainOk ? 'ok' : 'BROKEN')],
  ['checks', (row) => (row.failedChecks.length === 0 ? 'ok' : `${row.failedChecks.length} failed`)],
];

function markdown(
  header: readonly string[],
  lines: readonly (readonly (string | number)[])[],
): string {
  const cells = [header, ...lines].map((line) => line.map(String));
  const widths = header.map((_, i) => Math.max(...cells.map((line) => line[i]?.length ?? 0)));
  const render = (line: readonly string[]): string =>
    `| ${line.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  return [render(cells[0] ?? []), rule, ...cells.slice(1).map(render)].join('\n');
}

/**
 * The reliability table (markdown), one row per scenario, then what explains a row that does
 * not read as it must, and the fuzzer's answers per route.
 *
 * @example
 * console.log(reliabilityTable(rows));
 */
export function reliabilityTable(rows: readonly ReliabilityRow[]): string {
  const table = markdown(
    COLUMNS.map(([name]) => name),
    rows.map((row) => COLUMNS.map(([, value]) => value(row))),
  );
  const notes = rows.flatMap((row) =>
    [...row.failedChecks, ...row.samples, ...row.dropped.map((d) => `no answer: ${d}`)].map(
      (note) => `- ${row.scenario}: ${note}`,
    ),
  );
  return notes.length ? `${table}\n\n${notes.join('\n')}` : table;
}

/** The answers per route of one scenario (the fuzzer's): 2xx, 4xx and 5xx counts. */
export function routeTable(row: ReliabilityRow): string {
  return markdown(
    ['route', 'requests', '2xx', '4xx', '5xx'],
    [...row.byRoute.entries()].map(([route, tally]) => [
      route,
      tally.requests,
      tally['2xx'],
      tally['4xx'],
      tally['5xx'],
    ]),
  );
}
