import type { AuditEntry, AuditRecord, Instance } from '@fleet/contract';

/**
 * A normalized instance for pure tests of listing rules; every field overridable.
 *
 * @example
 * const stopped = anInstance({ id: 'i-0000000000000000a', state: 'stopped' });
 */
export function anInstance(overrides: Partial<Instance> = {}): Instance {
  return {
    accountId: '123456789012',
    region: 'us-east-1',
    id: 'i-00000000000000001',
    name: 'web-01',
    state: 'running',
    type: 't3.micro',
    availabilityZone: 'us-east-1a',
    privateIp: '10.0.0.1',
    publicIp: null,
    launchTime: '2026-11-01T00:00:00.000Z',
    platform: 'Linux/UNIX',
    lifecycle: 'on-demand',
    monitoring: 'disabled',
    tags: {},
    ...overrides,
  };
}

const STATES = ['running', 'stopped', 'pending', 'terminated'] as const;
const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];

/**
 * A fleet for paging tests, with deliberate ties (names, launch times, types repeat and some
 * names are missing) so that the list's tie-breaking is exercised; `i % 2` decides the team.
 *
 * @example
 * const fleet = aFleetWithTies(61);
 */
export function aFleetWithTies(size: number): Instance[] {
  return Array.from({ length: size }, (_, i) =>
    anInstance({
      region: REGIONS[i % 3] as string,
      id: `i-${i.toString(16).padStart(17, '0')}`,
      name: i % 5 === 0 ? null : `svc-${i % 7}`,
      state: STATES[i % 4] as Instance['state'],
      type: i % 2 ? 't3.micro' : 'm7g.large',
      launchTime: `2026-10-${String((i % 9) + 1).padStart(2, '0')}T00:00:00.000Z`,
      tags: { Team: i % 2 ? 'payments' : 'search' },
    }),
  );
}

/**
 * An audit entry as the kit writes it before the chain numbers it (an operator's pending stop
 * attempt); every field overridable.
 *
 * @example
 * const entry = anAuditEntry({ instanceId: 'i-0000000000000000a', requestId: 'r-1' });
 */
export function anAuditEntry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    kind: 'attempt',
    action: 'stop',
    region: 'eu-west-1',
    instanceId: 'i-00000000000000001',
    team: 'payments',
    actor: { sub: 's', email: 'operator@example.com', roles: ['operators'] },
    reason: null,
    options: null,
    requestId: 'r',
    traceId: 't',
    sourceIp: null,
    userAgent: null,
    stateBefore: 'running',
    stateAfter: null,
    outcome: 'pending',
    detail: null,
    attemptSeq: null,
    ...overrides,
  };
}

/**
 * A chained audit record: the entry numbered first in its instance's chain.
 *
 * @example
 * auditCsv([anAuditRecord({ reason: 'patching, then reboot' })]);
 */
export function anAuditRecord(overrides: Partial<AuditRecord> = {}): AuditRecord {
  const entry = anAuditEntry();
  const chain = `${overrides.region ?? entry.region}/${overrides.instanceId ?? entry.instanceId}`;
  return {
    ...entry,
    id: `${chain}/1`,
    chain,
    seq: 1,
    at: '2026-11-26T10:00:00.000Z',
    prevHash: '0',
    hash: 'h',
    ...overrides,
  };
}
