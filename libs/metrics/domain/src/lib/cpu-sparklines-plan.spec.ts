import type { InstanceRef } from '@fleet/contract';
import { cpuSparklinesOf, planCpuSparklines } from './cpu-sparklines-plan';

const NOW = Date.parse('2026-01-01T12:07:00Z');

function refs(region: string, count: number): InstanceRef[] {
  return Array.from({ length: count }, (_, i) => ({
    region,
    id: `i-${i.toString(16).padStart(17, '0')}`,
  }));
}

describe('planCpuSparklines', () => {
  it('covers the last 24 hours in 96 points of 15 minutes', () => {
    const plan = planCpuSparklines(refs('us-east-1', 1), NOW);

    expect(plan.window.period).toBe(900);
    expect(new Date(plan.window.end).toISOString()).toBe('2026-01-01T12:00:00.000Z');
    expect(new Date(plan.window.start).toISOString()).toBe('2025-12-31T12:00:00.000Z');
  });

  it('makes one call per region for up to 500 instances', () => {
    const plan = planCpuSparklines(
      [...refs('us-east-1', 300), ...refs('eu-west-1', 150), ...refs('ap-southeast-2', 50)],
      NOW,
    );

    expect(plan.batches.map((batch) => [batch.region, batch.queries.length])).toEqual([
      ['us-east-1', 300],
      ['eu-west-1', 150],
      ['ap-southeast-2', 50],
    ]);
  });

  it('splits 1,200 instances of one region into 3 calls, per region', () => {
    const plan = planCpuSparklines([...refs('us-east-1', 1200), ...refs('eu-west-1', 1200)], NOW);

    expect(plan.batches.filter((batch) => batch.region === 'us-east-1')).toHaveLength(3);
    expect(plan.batches.filter((batch) => batch.region === 'eu-west-1')).toHaveLength(3);
    expect(Math.max(...plan.batches.map((batch) => batch.queries.length))).toBeLessThanOrEqual(500);
  });

  it('respects the datapoint limit too when it is the one that binds', () => {
    const plan = planCpuSparklines(refs('us-east-1', 100), NOW, () => true, {
      maxQueries: 500,
      maxDatapoints: 960,
    });

    expect(plan.batches.map((batch) => batch.queries.length)).toEqual([
      10, 10, 10, 10, 10, 10, 10, 10, 10, 10,
    ]);
  });

  it('asks once for an instance named twice', () => {
    const [ref] = refs('us-east-1', 1);
    const plan = planCpuSparklines(ref ? [ref, ref] : [], NOW);

    expect(plan.refs).toHaveLength(1);
    expect(plan.batches[0]?.queries).toHaveLength(1);
  });
});

describe('planCpuSparklines with a team scope', () => {
  it('queries only the instances the caller may read', () => {
    const asked = refs('us-east-1', 4);
    const readable = new Set([asked[1]?.id, asked[3]?.id]);

    const plan = planCpuSparklines(asked, NOW, (ref) => readable.has(ref.id));

    expect(plan.batches.flatMap((batch) => batch.refs.map((ref) => ref.id))).toEqual([
      asked[1]?.id,
      asked[3]?.id,
    ]);
  });

  it('makes no call at all when the caller may read none of them', () => {
    expect(planCpuSparklines(refs('us-east-1', 3), NOW, () => false).batches).toEqual([]);
  });

  it('answers an unreadable instance with nulls only, as if CloudWatch did not know it', () => {
    const asked = refs('us-east-1', 2);
    const plan = planCpuSparklines(asked, NOW, (ref) => ref.id === asked[0]?.id);

    const answer = cpuSparklinesOf(plan, [[Array(96).fill(5)]]);

    expect(answer.sparklines.map((sparkline) => sparkline.points)).toEqual([
      Array(96).fill(5),
      Array(96).fill(null),
    ]);
  });
});

describe('cpuSparklinesOf', () => {
  it('answers in the order asked, whatever order the regions were called in', () => {
    const asked = [
      { region: 'eu-west-1', id: 'i-00000000000000001' },
      { region: 'us-east-1', id: 'i-00000000000000002' },
      { region: 'eu-west-1', id: 'i-00000000000000003' },
    ];
    const plan = planCpuSparklines(asked, NOW);
    const points = plan.batches.map((batch) =>
      batch.refs.map((ref) => [Number(ref.id.slice(-1)), null]),
    );

    const answer = cpuSparklinesOf(plan, points);

    expect(answer.sparklines).toEqual([
      { region: 'eu-west-1', id: 'i-00000000000000001', points: [1, null] },
      { region: 'us-east-1', id: 'i-00000000000000002', points: [2, null] },
      { region: 'eu-west-1', id: 'i-00000000000000003', points: [3, null] },
    ]);
    expect(answer.timestamps).toHaveLength(96);
    expect(answer.period).toBe(900);
  });
});
