import type { InstanceMetricKey, InstanceMetrics, MetricPoints } from '@fleet/contract';

/** One x position of a chart: its time (epoch ms) and one value per series, `null` kept. */
export type ChartRow = { t: number } & Partial<Record<InstanceMetricKey, number | null>>;

/**
 * The API's shared axis turned into Recharts rows: one row per timestamp, every series' point at
 * its index. `null` stays `null` (a gap the line must not bridge); a series shorter than the axis
 * reads `null` past its end rather than shifting.
 *
 * @example
 * toChartRows({ timestamps: ['2026-11-25T10:00:00Z'], series: { cpu: { points: [null] } } }, ['cpu']);
 * // [{ t: Date.parse('2026-11-25T10:00:00Z'), cpu: null }]
 */
export function toChartRows(
  metrics: Pick<InstanceMetrics, 'timestamps'> & {
    series: Partial<Record<InstanceMetricKey, { points: MetricPoints } | undefined>>;
  },
  keys: readonly InstanceMetricKey[],
): ChartRow[] {
  return metrics.timestamps.map((timestamp, index) => {
    const row: ChartRow = { t: Date.parse(timestamp) };
    for (const key of keys) {
      const points = metrics.series[key]?.points;
      if (points) row[key] = points[index] ?? null;
    }
    return row;
  });
}

/** True when no series of `keys` holds a single datapoint: nothing to draw. */
export function hasNoData(
  series: Partial<Record<InstanceMetricKey, { points: MetricPoints } | undefined>>,
  keys: readonly InstanceMetricKey[],
): boolean {
  return keys.every((key) => (series[key]?.points ?? []).every((point) => point === null));
}

/** A stretch of the axis without data: from the first missing point to the next present one. */
export interface Gap {
  /** Epoch ms of the first missing point. */
  from: number;
  /** Epoch ms where data resumes, or the axis' end. */
  to: number;
}

/**
 * Where the instance did not report (stopped, not yet launched): runs of `null` in `points`,
 * as time spans to shade, so a gap reads as "not running" and not as a drawing glitch.
 *
 * @example
 * findGaps(['…10:00', '…10:05', '…10:10'], [1, null, 2], 300); // [{ from: 10:05, to: 10:10 }]
 */
export function findGaps(
  timestamps: readonly string[],
  points: MetricPoints,
  periodSeconds: number,
): Gap[] {
  const gaps: Gap[] = [];
  let from: number | null = null;
  timestamps.forEach((timestamp, index) => {
    const t = Date.parse(timestamp);
    const missing = (points[index] ?? null) === null;
    if (missing && from === null) from = t;
    if (!missing && from !== null) {
      gaps.push({ from, to: t });
      from = null;
    }
  });
  const last = timestamps.at(-1);
  if (from !== null && last) gaps.push({ from, to: Date.parse(last) + periodSeconds * 1000 });
  return gaps;
}
