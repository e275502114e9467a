import {
  EC2Client,
  paginateDescribeInstanceTypes,
  type InstanceTypeInfo,
} from '@aws-sdk/client-ec2';
import type { Architecture, InstanceTypeOption } from '@fleet/contract';
import { regionalClients } from '@fleet/lambda-kit';

/** The instance types of a region, by processor architecture. */
export interface InstanceTypeCatalog {
  /** Every type of the region that supports `architecture`, by family then size. */
  list(region: string, architecture: Architecture): Promise<InstanceTypeOption[]>;
}

// The catalogue changes when AWS launches a family, not between two clicks: an hour per container.
const CACHE_MS = 60 * 60 * 1000;

function optionOf(info: InstanceTypeInfo): InstanceTypeOption {
  return {
    instanceType: info.InstanceType ?? '',
    vCpus: info.VCpuInfo?.DefaultVCpus ?? 0,
    memoryMiB: info.MemoryInfo?.SizeInMiB ?? 0,
    burstable: info.BurstablePerformanceSupported ?? false,
    currentGeneration: info.CurrentGeneration ?? false,
  };
}

function byFamilyThenSize(a: InstanceTypeOption, b: InstanceTypeOption): number {
  const family = (type: string): string => type.split('.')[0] ?? type;
  return (
    family(a.instanceType).localeCompare(family(b.instanceType)) ||
    a.vCpus - b.vCpus ||
    a.memoryMiB - b.memoryMiB
  );
}

/**
 * DescribeInstanceTypes filtered on `processor-info.supported-architecture`, every page
 * followed (EC2 answers at most 100 per page), kept per region and architecture for an hour.
 *
 * @example
 * const catalog = createInstanceTypeCatalog();
 * const arm = await catalog.list('eu-west-1', 'arm64'); // [{ instanceType: 'c6g.large', … }, …]
 */
export function createInstanceTypeCatalog(
  clientFor = regionalClients((region) => new EC2Client({ region })),
  now: () => number = Date.now,
): InstanceTypeCatalog {
  const cache = new Map<string, { at: number; items: Promise<InstanceTypeOption[]> }>();

  async function read(region: string, architecture: Architecture): Promise<InstanceTypeOption[]> {
    const items: InstanceTypeOption[] = [];
    const pages = paginateDescribeInstanceTypes(
      { client: clientFor(region), pageSize: 100 },
      { Filters: [{ Name: 'processor-info.supported-architecture', Values: [architecture] }] },
    );
    for await (const page of pages) items.push(...(page.InstanceTypes ?? []).map(optionOf));
    return items.sort(byFamilyThenSize);
  }

  return {
    list(region, architecture) {
      const key = `${region}/${architecture}`;
      const hit = cache.get(key);
      if (hit && now() - hit.at < CACHE_MS) return hit.items;
      const items = read(region, architecture);
      cache.set(key, { at: now(), items });
      // A failed read is not kept: the next request asks EC2 again.
      items.catch(() => cache.delete(key));
      return items;
    },
  };
}
