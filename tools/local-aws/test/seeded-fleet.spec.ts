import { Ec2State } from '../src/ec2/state/ec2-state';
import { stateAt } from '../src/ec2/state/lifecycle';
import { createEc2FleetView } from '../src/fleet/ec2-fleet-view';
import { seedFleet } from '../src/fleet/seed/seed-fleet';

const NOW = Date.parse('2026-11-26T10:00:00.000Z');
const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];

function seeded(instances: number, seed: string | number = 'spec'): Ec2State {
  const state = new Ec2State(REGIONS, undefined, () => NOW);
  seedFleet(state, { instances, seed, now: NOW });
  return state;
}

const all = (state: Ec2State) => REGIONS.flatMap((region) => state.fleet(region)?.instances ?? []);

describe('the seeded fleet', () => {
  const fleet = all(seeded(600));

  it('has exactly the requested number of instances over all regions', () => {
    expect(fleet).toHaveLength(600);
  });

  it('is identical for the same seed', () => {
    const again = all(seeded(600));
    expect(again.map((r) => [r.instanceId, r.instanceType, [...r.tags]])).toEqual(
      fleet.map((r) => [r.instanceId, r.instanceType, [...r.tags]]),
    );
  });

  it('differs for another seed', () => {
    expect(all(seeded(600, 'other'))[0]?.instanceId).not.toBe(fleet[0]?.instanceId);
  });

  it('puts instances in every region', () => {
    expect(new Set(fleet.map((r) => r.region))).toEqual(new Set(REGIONS));
  });

  it('names instances team-service-environment-number', () => {
    expect(
      fleet.every((r) =>
        /^(payments|search|platform|data|identity)-[a-z-]+-(prod|stg|dev)-\d{2,}$/.test(
          r.tags.get('Name') ?? '',
        ),
      ),
    ).toBe(true);
  });

  it('tags every instance with Name, Team, Environment, Owner and CostCenter', () => {
    expect(
      fleet.every((r) =>
        ['Name', 'Team', 'Environment', 'Owner', 'CostCenter'].every((k) => r.tags.has(k)),
      ),
    ).toBe(true);
  });

  it('uses the three environments', () => {
    expect(new Set(fleet.map((r) => r.tags.get('Environment')))).toEqual(
      new Set(['production', 'staging', 'development']),
    );
  });

  it('mixes families, burstable t3 and t4g included', () => {
    const families = new Set(fleet.map((r) => r.instanceType.split('.')[0]));
    expect(families.has('t3') && families.has('t4g') && families.has('m6i')).toBe(true);
  });

  it('has running, stopped and recently terminated instances', () => {
    expect(new Set(fleet.map((r) => stateAt(r, NOW)))).toEqual(
      new Set(['running', 'stopped', 'terminated']),
    );
  });

  it('protects a few instances against termination and a few against stopping', () => {
    const terminationProtected = fleet.filter((r) => r.disableApiTermination).length;
    const stopProtected = fleet.filter((r) => r.disableApiStop).length;
    expect(terminationProtected).toBeGreaterThan(0);
    expect(stopProtected).toBeGreaterThan(0);
    expect(terminationProtected + stopProtected).toBeLessThan(fleet.length / 5);
  });

  it('has some detailed monitoring, some spot instances and one instance- and one system-impaired instance', () => {
    expect(fleet.some((r) => r.detailedMonitoring)).toBe(true);
    expect(fleet.some((r) => r.spot)).toBe(true);
    expect(
      fleet
        .filter((r) => r.impairment !== 'none')
        .map((r) => r.impairment)
        .sort(),
    ).toEqual(['instance', 'system']);
  });

  it('gives instances a past with stops, so running intervals have gaps', () => {
    const view = createEc2FleetView(seeded(600));
    const withGaps = REGIONS.flatMap((region) => view.instances(region)).filter(
      (i) => i.runningIntervals.length > 1,
    );
    expect(withGaps.length).toBeGreaterThan(0);
    const [sample] = withGaps;
    expect(sample?.runningIntervals[0]?.to).not.toBeNull();
  });

  it('launched every instance days or weeks ago', () => {
    const day = 24 * 3600_000;
    expect(fleet.every((r) => NOW - (r.events[0]?.at ?? NOW) >= 3 * day)).toBe(true);
  });

  it('seeds 10,000 instances', () => {
    expect(all(seeded(10_000))).toHaveLength(10_000);
  });
});
