import type { MetricPoints } from '@fleet/contract';

export interface SparklineBox {
  width: number;
  height: number;
  /** Space kept inside the box so a round line cap at the top or bottom is not cut. */
  inset?: number;
}

/** Smallest top of a sparkline's scale: an idle instance's 0.3 % should not fill the cell. */
export const SPARKLINE_MIN_TOP = 10;

/**
 * The SVG path of a sparkline: a segment per run of points, a new `M` after each `null` so the
 * gap stays empty, and a lone point between two gaps drawn as a dot (a zero-length segment, shown
 * by a round line cap). The y scale runs from 0 to the larger of `top` and the highest point.
 *
 * @example
 * sparklinePath([0, 10, null, 5], { width: 30, height: 10 }, 10);
 * // 'M0,10L10,0M30,5l0,0'
 */
export function sparklinePath(
  points: MetricPoints,
  box: SparklineBox,
  top = SPARKLINE_MIN_TOP,
): string {
  const inset = box.inset ?? 0;
  const max = Math.max(top, ...points.map((point) => point ?? 0));
  const stepX = points.length > 1 ? (box.width - 2 * inset) / (points.length - 1) : 0;
  const x = (index: number): number => round(inset + index * stepX);
  const y = (value: number): number =>
    round(box.height - inset - (value / max) * (box.height - 2 * inset));
  let path = '';
  points.forEach((point, index) => {
    if (point === null) return;
    const previous = index > 0 ? points[index - 1] : null;
    const next = index < points.length - 1 ? points[index + 1] : null;
    if (previous === null || previous === undefined) {
      path += `M${x(index)},${y(point)}`;
      if (next === null || next === undefined) path += 'l0,0';
    } else {
      path += `L${x(index)},${y(point)}`;
    }
  });
  return path;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export interface SparklineSummary {
  /** The newest point that exists. */
  last: number | null;
  average: number | null;
  max: number | null;
}

/**
 * What a sparkline's tooltip says: the latest value, the average and peak over the points that
 * exist; all `null` when none does.
 *
 * @example
 * summarizeSparkline([2, null, 4]); // { last: 4, average: 3, max: 4 }
 */
export function summarizeSparkline(points: MetricPoints): SparklineSummary {
  const present = points.filter((point): point is number => point !== null);
  if (present.length === 0) return { last: null, average: null, max: null };
  const sum = present.reduce((total, point) => total + point, 0);
  return { last: present.at(-1) ?? null, average: sum / present.length, max: Math.max(...present) };
}
