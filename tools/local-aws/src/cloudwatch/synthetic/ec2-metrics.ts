import { creditBalance, creditUsage } from './cpu-credits';
import { cpuAt } from './cpu';
import {
  ebsBytesFor,
  ebsReadOps,
  ebsWriteOps,
  networkInBytes,
  networkOutBytes,
  packetsFor,
} from './io';
import type { InstanceProfile } from './profile';
import { statusCheckFailed } from './status-checks';

/** The namespace of the synthetic metrics. */
export const ec2Namespace = 'AWS/EC2';

/** One synthetic AWS/EC2 metric: its unit and its value for the sample starting at `tSeconds`. */
export interface Ec2MetricDefinition {
  readonly name: string;
  readonly unit: string;
  /** Only burstable instances (t2, t3, t3a, t4g) publish it. */
  readonly burstableOnly: boolean;
  sample(profile: InstanceProfile, tSeconds: number, windowSeconds: number): number;
}

function metric(
  name: string,
  unit: string,
  sample: Ec2MetricDefinition['sample'],
  burstableOnly = false,
): Ec2MetricDefinition {
  return { name, unit, sample, burstableOnly };
}

/** Every synthetic metric, in the order ListMetrics lists them. */
export const ec2Metrics: readonly Ec2MetricDefinition[] = [
  metric('CPUUtilization', 'Percent', (p, t) => cpuAt(p, t)),
  metric('NetworkIn', 'Bytes', (p, t, w) => networkInBytes(p, t, w, cpuAt(p, t))),
  metric('NetworkOut', 'Bytes', (p, t, w) => networkOutBytes(p, t, w, cpuAt(p, t))),
  metric('NetworkPacketsIn', 'Count', (p, t, w) =>
    packetsFor(p, networkInBytes(p, t, w, cpuAt(p, t))),
  ),
  metric('NetworkPacketsOut', 'Count', (p, t, w) =>
    packetsFor(p, networkOutBytes(p, t, w, cpuAt(p, t))),
  ),
  metric('EBSReadOps', 'Count', (p, t, w) => ebsReadOps(p, t, w, cpuAt(p, t))),
  metric('EBSWriteOps', 'Count', (p, t, w) => ebsWriteOps(p, t, w, cpuAt(p, t))),
  metric('EBSReadBytes', 'Bytes', (p, t, w) => ebsBytesFor(p, ebsReadOps(p, t, w, cpuAt(p, t)))),
  metric('EBSWriteBytes', 'Bytes', (p, t, w) => ebsBytesFor(p, ebsWriteOps(p, t, w, cpuAt(p, t)))),
  metric('StatusCheckFailed', 'Count', (p, t, w) =>
    statusCheckFailed(p, 'any', t * 1000, w * 1000),
  ),
  metric('StatusCheckFailed_Instance', 'Count', (p, t, w) =>
    statusCheckFailed(p, 'instance', t * 1000, w * 1000),
  ),
  metric('StatusCheckFailed_System', 'Count', (p, t, w) =>
    statusCheckFailed(p, 'system', t * 1000, w * 1000),
  ),
  metric('CPUCreditUsage', 'Count', (p, t, w) => creditUsage(p, w, cpuAt(p, t)), true),
  metric('CPUCreditBalance', 'Count', (p, t) => creditBalance(p, t), true),
];

const byName = new Map(ec2Metrics.map((definition) => [definition.name, definition]));

/** The definition of a synthetic metric by name. */
export function ec2MetricNamed(name: string): Ec2MetricDefinition | undefined {
  return byName.get(name);
}
