import {
  paginateDescribeAlarms,
  type Dimension,
  type MetricAlarm,
} from '@aws-sdk/client-cloudwatch';
import type { AlarmState } from '@fleet/contract';
import type { AlarmDefinition, AlarmDimension } from '@fleet/metrics-domain';
import { cloudWatchClientCache, type CloudWatchClientFor } from './cloudwatch-clients';

/** Every metric alarm of a region, and when it was read. */
export interface RegionAlarms {
  readonly alarms: readonly AlarmDefinition[];
  /** Epoch ms of the read (not of the call that asked: the answer may come from the cache). */
  readonly readAt: number;
}

/** Reads a region's metric alarms, cached for a while per worker. */
export interface AlarmReader {
  read(region: string): Promise<RegionAlarms>;
}

/** Options of {@link createAlarmReader}. */
export interface AlarmReaderOptions {
  readonly clientFor?: CloudWatchClientFor;
  /** How long a region's alarms are reused; a minute, CloudWatch's finest alarm period worth listing. */
  readonly ttlMs?: number;
  readonly now?: () => number;
}

// DescribeAlarms' largest page: the fewest calls for a whole region.
const PAGE_SIZE = 100;
const STATES = new Set<string>(['OK', 'ALARM', 'INSUFFICIENT_DATA']);

const dimensionsOf = (dimensions: readonly Dimension[] | undefined): AlarmDimension[] =>
  (dimensions ?? []).map((dimension) => ({
    name: dimension.Name ?? '',
    value: dimension.Value ?? '',
  }));

function definitionOf(alarm: MetricAlarm): AlarmDefinition {
  const state = alarm.StateValue ?? 'INSUFFICIENT_DATA';
  return {
    name: alarm.AlarmName ?? '',
    state: (STATES.has(state) ? state : 'INSUFFICIENT_DATA') as AlarmState,
    dimensions: dimensionsOf(alarm.Dimensions),
    memberDimensions: (alarm.Metrics ?? []).map((member) =>
      dimensionsOf(member.MetricStat?.Metric?.Dimensions),
    ),
  };
}

/**
 * A DescribeAlarms reader: DescribeAlarms has no filter by dimension, so it pages every metric
 * alarm of the region (100 a call) and keeps them for `ttlMs`; concurrent reads of one region
 * share one paging, and a failed read is not kept.
 *
 * @example
 * const reader = createAlarmReader();
 * const { alarms } = await reader.read('eu-west-1');
 */
export function createAlarmReader(options: AlarmReaderOptions = {}): AlarmReader {
  const clientFor = options.clientFor ?? cloudWatchClientCache();
  const ttlMs = options.ttlMs ?? 60_000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { at: number; read: Promise<RegionAlarms> }>();

  async function page(region: string): Promise<RegionAlarms> {
    const readAt = now();
    const alarms: AlarmDefinition[] = [];
    const pages = paginateDescribeAlarms(
      { client: clientFor(region), pageSize: PAGE_SIZE },
      { AlarmTypes: ['MetricAlarm'], MaxRecords: PAGE_SIZE },
    );
    for await (const answer of pages) alarms.push(...(answer.MetricAlarms ?? []).map(definitionOf));
    return { alarms, readAt };
  }

  return {
    read(region) {
      const cached = cache.get(region);
      if (cached && now() - cached.at < ttlMs) return cached.read;
      const read = page(region);
      cache.set(region, { at: now(), read });
      read.catch(() => {
        if (cache.get(region)?.read === read) cache.delete(region);
      });
      return read;
    },
  };
}
