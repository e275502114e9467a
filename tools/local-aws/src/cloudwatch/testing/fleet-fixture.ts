import type { FleetView, InstanceView, RunningInterval } from '../../fleet/fleet-view';

/** A plain instance for tests; anything not given gets a harmless default. */
export interface InstanceFixture {
  readonly instanceId: string;
  readonly region?: string;
  readonly instanceType?: string;
  readonly burstable?: boolean;
  readonly detailedMonitoring?: boolean;
  readonly impairment?: InstanceView['impairment'];
  /** `[from, to]` ISO pairs, `to` null while running. Defaults to running since `launchTime`. */
  readonly running?: ReadonlyArray<readonly [string, string | null]>;
  readonly launchTime?: string;
}

/** Builds an InstanceView from a fixture. */
export function instanceOf(fixture: InstanceFixture): InstanceView {
  const launchTime = new Date(
    fixture.launchTime ?? fixture.running?.[0]?.[0] ?? '2026-01-01T00:00:00Z',
  );
  const runningIntervals: RunningInterval[] = (
    fixture.running ?? [[launchTime.toISOString(), null]]
  ).map(([from, to]) => ({
    from: new Date(from),
    to: to === null ? null : new Date(to),
  }));
  const instanceType = fixture.instanceType ?? 't3.micro';
  return {
    region: fixture.region ?? 'eu-west-1',
    instanceId: fixture.instanceId,
    instanceType,
    burstable: fixture.burstable ?? /^t(2|3|3a|4g)\./.test(instanceType),
    detailedMonitoring: fixture.detailedMonitoring ?? false,
    launchTime,
    runningIntervals,
    impairment: fixture.impairment ?? 'none',
  };
}

/** A FleetView over plain instances: a fixture, not a mock of any wire. */
export function fleetOf(fixtures: readonly InstanceFixture[]): FleetView {
  const instances = fixtures.map(instanceOf);
  const regions = [...new Set(instances.map((instance) => instance.region))];
  return {
    regions,
    instances: (region) => instances.filter((instance) => instance.region === region),
    instance: (region, instanceId) =>
      instances.find((i) => i.region === region && i.instanceId === instanceId),
  };
}
