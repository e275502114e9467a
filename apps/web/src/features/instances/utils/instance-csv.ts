import type { Instance } from '@fleet/contract';
import { csvField } from '../../../lib/csv';

type Cell = string | null;

// The EC2 console's export columns that this console knows, in snake_case; tags last, all of them.
const COLUMNS: readonly (readonly [string, (instance: Instance) => Cell])[] = [
  ['name', (i) => i.name],
  ['instance_id', (i) => i.id],
  ['state', (i) => i.state],
  ['instance_type', (i) => i.type],
  ['region', (i) => i.region],
  ['availability_zone', (i) => i.availabilityZone],
  ['private_ip', (i) => i.privateIp],
  ['public_ip', (i) => i.publicIp],
  ['launch_time', (i) => i.launchTime],
  ['platform', (i) => i.platform],
  ['lifecycle', (i) => i.lifecycle],
  ['monitoring', (i) => i.monitoring],
  [
    'tags',
    (i) =>
      Object.entries(i.tags)
        .map(([key, value]) => `${key}=${value}`)
        .join('; '),
  ],
];

/** The CSV header line, CRLF-terminated. */
export const INSTANCE_CSV_HEADER = `${COLUMNS.map(([name]) => name).join(',')}\r\n`;

/**
 * Rows of instances as CSV lines (no header), CRLF line ends: one page of the list at a time, so
 * an export writes as it reads.
 *
 * @example
 * instanceCsvRows([instance]); // 'web-01,i-0abc…,running,…\r\n'
 */
export function instanceCsvRows(instances: readonly Instance[]): string {
  return instances
    .map((instance) => `${COLUMNS.map(([, cell]) => csvField(cell(instance))).join(',')}\r\n`)
    .join('');
}
