import { GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import type { MetricPoints } from '@fleet/contract';
import type { MetricQuery, TimeWindow } from '@fleet/metrics-domain';
import { alignSeries } from './align-series';
import { cloudWatchClientCache, type CloudWatchClientFor } from './cloudwatch-clients';
import { queryId, toMetricDataQueries } from './metric-data-queries';

/** Reads metrics from CloudWatch onto a regular time axis. */
export interface MetricsReader {
  /**
   * One GetMetricData call (plus a call per further page, if CloudWatch pages the answer) for
   * the queries of one region: one aligned series per query, in the queries' order. The caller
   * keeps a call within GetMetricData's limits (see `planCpuSparklines` in the metrics domain).
   */
  read(
    region: string,
    window: TimeWindow,
    queries: readonly MetricQuery[],
  ): Promise<MetricPoints[]>;
}

interface Collected {
  timestamps: Date[];
  values: number[];
}

/**
 * A CloudWatch metrics reader with one client per region, kept for the life of the container.
 *
 * @example
 * const reader = createMetricsReader();
 * const [cpu] = await reader.read('eu-west-1', window, [ec2InstanceQuery(id, 'CPUUtilization', 'Average')]);
 */
export function createMetricsReader(
  clientFor: CloudWatchClientFor = cloudWatchClientCache(),
): MetricsReader {
  return {
    async read(region, window, queries) {
      if (queries.length === 0) return [];
      const collected = new Map<string, Collected>(
        queries.map((_, i) => [queryId(i), { timestamps: [], values: [] }]),
      );
      const input = {
        MetricDataQueries: toMetricDataQueries(queries, window.period),
        StartTime: new Date(window.start),
        EndTime: new Date(window.end),
        ScanBy: 'TimestampAscending' as const,
      };
      let nextToken: string | undefined;
      do {
        const output = await clientFor(region).send(
          new GetMetricDataCommand({ ...input, NextToken: nextToken }),
        );
        // A query cut by a page boundary continues on the next page under the same Id.
        for (const result of output.MetricDataResults ?? []) {
          const into = result.Id === undefined ? undefined : collected.get(result.Id);
          into?.timestamps.push(...(result.Timestamps ?? []));
          into?.values.push(...(result.Values ?? []));
        }
        nextToken = output.NextToken;
      } while (nextToken);
      return queries.map((_, i) => {
        const series = collected.get(queryId(i));
        return alignSeries(window, series?.timestamps ?? [], series?.values ?? []);
      });
    },
  };
}
