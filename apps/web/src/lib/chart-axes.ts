import type { MetricRange } from '@fleet/contract';
import type { XAxisProps } from 'recharts';
import { formatTimeTick } from './time-axis';

/**
 * How the dashboard's chart axes look: the axis line and its labels in one colour, labels at 12 px.
 * Spread into a Recharts `XAxis` or `YAxis`.
 *
 * @example
 * <YAxis width={48} {...axisLook(palette.text.secondary)} />
 */
export function axisLook(color: string): {
  stroke: string;
  tick: { fill: string; fontSize: number };
} {
  return { stroke: color, tick: { fill: color, fontSize: 12 } };
}

/**
 * A Recharts `XAxis` over time, for rows keyed by `t` (epoch ms): the domain and ticks given (see
 * `timeTicks`), labelled for the range in `timeZone` (the browser's own when left out), no tick
 * marks.
 *
 * @example
 * <XAxis {...timeXAxis([first, last], timeTicks(first, last, '1h'), '1h', colors.axis)} />
 */
export function timeXAxis(
  domain: readonly [number, number],
  ticks: readonly number[],
  range: MetricRange,
  color: string,
  timeZone?: string,
): XAxisProps {
  return {
    dataKey: 't',
    type: 'number',
    scale: 'time',
    domain: [...domain],
    ticks: [...ticks],
    tickFormatter: (value: number) => formatTimeTick(value, range, undefined, timeZone),
    ...axisLook(color),
    tickLine: false,
    minTickGap: 16,
  };
}
