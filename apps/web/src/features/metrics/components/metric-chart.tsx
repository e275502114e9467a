import type { MetricRange } from '@fleet/contract';
import type { ReactNode } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ChartColors } from '../hooks/use-chart-colors';
import type { ChartRow, Gap } from '../utils/chart-rows';
import { formatAxisValue } from '../utils/format-metric';
import type { MetricChartDefinition } from '../utils/metric-charts';
import { axisLook, timeXAxis } from '../../../lib/chart-axes';
import { MetricChartTooltip } from './metric-chart-tooltip';

/** Charts with one `syncId` share the hovered period: one crosshair and tooltip across them all. */
export const METRICS_SYNC_ID = 'instance-metrics';

export interface MetricChartProps {
  chart: MetricChartDefinition;
  rows: readonly ChartRow[];
  range: MetricRange;
  periodSeconds: number;
  /** Epoch ms of the axis' first and last points. */
  domain: readonly [number, number];
  ticks: readonly number[];
  /** The zone of the axis' labels and the tooltip's period (`useTimeZone`). */
  timeZone: string | undefined;
  gaps: readonly Gap[];
  colors: ChartColors;
  height?: number;
}

const STATUS_TICKS = [0, 1];

/** One Recharts line chart; a `null` point leaves a gap, never a line down to zero. */
export function MetricChart({
  chart,
  rows,
  range,
  periodSeconds,
  domain,
  ticks,
  timeZone,
  gaps,
  colors,
  height = 200,
}: MetricChartProps): ReactNode {
  const status = chart.format === 'status';
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart
        data={rows as ChartRow[]}
        syncId={METRICS_SYNC_ID}
        margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
      >
        <CartesianGrid stroke={colors.grid} strokeDasharray="3 3" vertical={false} />
        {gaps.map((gap) => (
          <ReferenceArea
            key={gap.from}
            x1={gap.from}
            x2={gap.to}
            fill={colors.gap}
            fillOpacity={1}
            strokeOpacity={0}
            ifOverflow="hidden"
          />
        ))}
        <XAxis {...timeXAxis(domain, ticks, range, colors.axis, timeZone)} />
        <YAxis
          width={76}
          {...axisLook(colors.axis)}
          tickLine={false}
          axisLine={false}
          tickFormatter={(value: number) => formatAxisValue(value, chart.format)}
          allowDecimals={!status}
          {...(status ? { domain: [0, 1], ticks: STATUS_TICKS } : { domain: [0, 'auto'] })}
        />
        <Tooltip
          cursor={{ stroke: colors.cursor, strokeWidth: 1 }}
          isAnimationActive={false}
          content={({ active, label, payload }) => (
            <MetricChartTooltip
              time={active && typeof label === 'number' ? label : undefined}
              periodSeconds={periodSeconds}
              timeZone={timeZone}
              format={chart.format}
              entries={chart.series.map((series) => {
                const value = payload?.find((entry) => entry.dataKey === series.key)?.value;
                return {
                  label: series.label,
                  color: colors.tone(series.tone),
                  value: typeof value === 'number' ? value : null,
                };
              })}
            />
          )}
        />
        {chart.series.map((series) => (
          <Line
            key={series.key}
            dataKey={series.key}
            name={series.label}
            type={chart.step ? 'stepAfter' : 'monotone'}
            stroke={colors.tone(series.tone)}
            strokeWidth={2}
            dot={false}
            activeDot={{ r: 3 }}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
