import type { MetricRange } from '@fleet/contract';
import { useTheme, type Palette } from '@mui/material/styles';
import type { ReactNode } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { axisLook, timeXAxis } from '../../../lib/chart-axes';
import { formatPointPeriod, offsetFor, timeTicks } from '../../../lib/time-axis';
import { useTimeZone, zoneSuffix } from '../../../lib/time-zone';
import type { FunctionRow, TimelineRow } from '../utils/health-rows';

// Colours from the theme's CSS variables, so bars follow the light/dark switch.
function usePalette(): Palette {
  const theme = useTheme();
  return (theme.vars ?? theme).palette as Palette;
}

interface BarSpec {
  readonly key: string;
  readonly name: string;
  readonly color: string;
  readonly stack?: string;
}

function HorizontalBars({
  rows,
  category,
  bars,
  unit,
  label,
}: {
  rows: readonly object[];
  category: string;
  bars: readonly BarSpec[];
  unit?: string;
  label: string;
}): ReactNode {
  const palette = usePalette();
  return (
    <div role="img" aria-label={label} data-testid={`chart-${category}`}>
      <ResponsiveContainer width="100%" height={Math.max(160, rows.length * 34 + 60)}>
        <BarChart data={rows as object[]} layout="vertical" margin={{ left: 24, right: 16 }}>
          <CartesianGrid stroke={palette.divider} strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" unit={unit} {...axisLook(palette.text.secondary)} />
          <YAxis
            type="category"
            dataKey={category}
            width={170}
            {...axisLook(palette.text.secondary)}
          />
          <Tooltip />
          <Legend />
          {bars.map((bar) => (
            <Bar
              key={bar.key}
              dataKey={bar.key}
              name={bar.name}
              fill={bar.color}
              {...(bar.stack ? { stackId: bar.stack } : {})}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Requests, client errors and faults per function. */
export function FunctionTrafficChart({ rows }: { rows: readonly FunctionRow[] }): ReactNode {
  const palette = usePalette();
  return (
    <HorizontalBars
      label="Requests, client errors and faults per function"
      rows={rows}
      category="name"
      bars={[
        { key: 'requests', name: 'Requests', color: palette.primary.main },
        { key: 'clientErrors', name: 'Errors (4xx)', color: palette.warning.main },
        { key: 'faults', name: 'Faults (5xx)', color: palette.error.main },
      ]}
    />
  );
}

/** p50 and p99 latency per function, over the whole range. */
export function FunctionLatencyChart({ rows }: { rows: readonly FunctionRow[] }): ReactNode {
  const palette = usePalette();
  return (
    <HorizontalBars
      label="p50 and p99 latency per function"
      rows={rows}
      category="name"
      unit=" ms"
      bars={[
        { key: 'p50Ms', name: 'p50', color: palette.info.main },
        { key: 'p99Ms', name: 'p99', color: palette.secondary.main },
      ]}
    />
  );
}

/** Instances by outcome per action, and callers denied by role. */
export function ActionOutcomesChart({
  rows,
}: {
  rows: readonly Record<string, string | number>[];
}): ReactNode {
  const palette = usePalette();
  return (
    <HorizontalBars
      label="Outcomes per action"
      rows={rows}
      category="action"
      bars={[
        { key: 'succeeded', name: 'Succeeded', color: palette.success.main, stack: 'o' },
        { key: 'unchanged', name: 'Unchanged', color: palette.text.disabled, stack: 'o' },
        { key: 'refused', name: 'Refused', color: palette.warning.main, stack: 'o' },
        { key: 'failed', name: 'Failed', color: palette.error.main, stack: 'o' },
        { key: 'denied', name: 'Denied (role)', color: palette.secondary.main },
      ]}
    />
  );
}

/**
 * Every function's requests, client errors and faults per period over the range: when errors
 * began and whether they are still coming, which the totals per function cannot say.
 */
export function TrafficOverTimeChart({
  rows,
  range,
  periodSeconds,
}: {
  rows: readonly TimelineRow[];
  range: MetricRange;
  periodSeconds: number;
}): ReactNode {
  const palette = usePalette();
  const timeZone = useTimeZone();
  const first = rows[0]?.t ?? 0;
  const last = rows[rows.length - 1]?.t ?? first;
  const lines = [
    { key: 'requests', name: 'Requests', color: palette.primary.main },
    { key: 'clientErrors', name: 'Errors (4xx)', color: palette.warning.main },
    { key: 'faults', name: 'Faults (5xx)', color: palette.error.main },
  ];
  return (
    <div
      role="img"
      aria-label="Requests, errors and faults over time, every function"
      data-testid="chart-timeline"
    >
      <ResponsiveContainer width="100%" height={220}>
        <LineChart data={rows as TimelineRow[]} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid stroke={palette.divider} strokeDasharray="3 3" vertical={false} />
          <XAxis
            {...timeXAxis(
              [first, last],
              timeTicks(first, last, range, offsetFor(timeZone)),
              range,
              palette.text.secondary,
              timeZone,
            )}
          />
          <YAxis
            allowDecimals={false}
            width={48}
            {...axisLook(palette.text.secondary)}
            tickLine={false}
            axisLine={false}
          />
          <Tooltip
            labelFormatter={(value) =>
              `${formatPointPeriod(Number(value), periodSeconds, undefined, timeZone)}${zoneSuffix(timeZone)}`
            }
          />
          <Legend />
          {lines.map((line) => (
            <Line
              key={line.key}
              dataKey={line.key}
              name={line.name}
              stroke={line.color}
              strokeWidth={1.5}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
