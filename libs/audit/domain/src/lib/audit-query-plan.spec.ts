import { ListAuditQuerySchema, type ListAuditParams } from '@fleet/contract';
import { encodeAuditCursor } from './audit-cursor';
import { planAuditQuery } from './audit-query-plan';

const NOW = '2026-11-26T10:00:00.000Z';
const query = (params: ListAuditParams) => ListAuditQuerySchema.parse(params);

describe('planAuditQuery', () => {
  it('serves one instance from its own partition, other filters applied on it', () => {
    const plan = planAuditQuery(
      query({ region: 'us-east-1', instance: 'i-0123456789abcdef0', action: 'stop' }),
      undefined,
      NOW,
    );

    expect(plan).toMatchObject({
      index: 'by-instance',
      tiers: [['us-east-1/i-0123456789abcdef0']],
      residual: { action: 'stop' },
    });
  });

  it('serves an actor from the actor index', () => {
    expect(planAuditQuery(query({ actor: 'sub-1' }), undefined, NOW)?.index).toBe('by-actor');
  });

  it('limits a non-admin to their teams: one partition per team, read together', () => {
    const plan = planAuditQuery(query({ outcome: 'refused' }), ['payments', 'search'], NOW);

    expect(plan).toMatchObject({
      index: 'by-team',
      tiers: [['payments', 'search']],
      residual: { outcome: 'refused' },
    });
  });

  it('keeps the team limit on instance and actor queries of a non-admin', () => {
    expect(planAuditQuery(query({ actor: 'sub-1' }), ['payments'], NOW)?.residual.teams).toEqual([
      'payments',
    ]);
  });

  it('shows nothing to a non-admin without a team', () => {
    expect(planAuditQuery(query({}), [], NOW)).toBeNull();
  });

  it('reads an action month by month, newest first, within the time range', () => {
    const plan = planAuditQuery(
      query({ action: 'terminate', from: '2026-09-15T00:00:00Z', to: '2026-11-01T00:00:00Z' }),
      undefined,
      NOW,
    );

    expect(plan?.tiers).toEqual([
      ['terminate#2026-11'],
      ['terminate#2026-10'],
      ['terminate#2026-09'],
    ]);
    expect(plan?.fromKey).toBe('2026-09-15T00:00:00.000Z');
  });

  it('reads the newest year by month when nothing narrows the query', () => {
    const plan = planAuditQuery(query({}), undefined, NOW);

    expect(plan?.index).toBe('by-month');
    expect(plan?.tiers).toHaveLength(12);
    expect(plan?.tiers[11]).toEqual(['2025-12']);
  });

  it('continues strictly after the cursor of the same filters', () => {
    const filters = query({ action: 'stop' });
    const cursor = encodeAuditCursor('2026-11-26T09:00:00.000Z#c#0000000001', filters);

    expect(planAuditQuery({ ...filters, cursor }, undefined, NOW)?.beforeKey).toBe(
      '2026-11-26T09:00:00.000Z#c#0000000001',
    );
  });

  it('answers 400 InvalidCursor for a cursor of other filters', () => {
    const cursor = encodeAuditCursor('k', query({ action: 'stop' }));

    expect(() => planAuditQuery({ ...query({ action: 'start' }), cursor }, undefined, NOW)).toThrow(
      expect.objectContaining({ code: 'InvalidCursor' }),
    );
  });

  it('answers 400 for an instance without its region', () => {
    expect(() =>
      planAuditQuery(query({ instance: 'i-0123456789abcdef0' }), undefined, NOW),
    ).toThrow(expect.objectContaining({ statusCode: 400 }));
  });
  it.each([
    ['decodes to JSON null', 'bnVsbA'],
    ['decodes to a number', 'NDI'],
    ['decodes to an array', 'W10'],
    ['is not base64 JSON at all', '%%%'],
  ])('answers 400 InvalidCursor for a cursor that %s', (_, cursor) => {
    expect(() => planAuditQuery(query({ cursor }), undefined, NOW)).toThrow(
      expect.objectContaining({ statusCode: 400, code: 'InvalidCursor' }),
    );
  });

  it('answers 400 InvalidTimeRange when from lies after to', () => {
    const bad = query({ from: '2026-11-20T00:00:00Z', to: '2026-11-10T00:00:00Z' });

    expect(() => planAuditQuery(bad, undefined, NOW)).toThrow(
      expect.objectContaining({ statusCode: 400, code: 'InvalidTimeRange' }),
    );
  });

  it('answers 400 InvalidTimeRange to a non-admin whose from lies in the future', () => {
    const future = query({ from: '2027-01-01T00:00:00Z' });

    expect(() => planAuditQuery(future, ['payments'], NOW)).toThrow(
      expect.objectContaining({ statusCode: 400, code: 'InvalidTimeRange' }),
    );
  });

  it('answers 400 InvalidCursor for a cursor older than from', () => {
    const filters = query({ from: '2026-11-20T00:00:00Z' });
    const cursor = encodeAuditCursor('2026-11-01T00:00:00.000Z#c#0000000001', filters);

    expect(() => planAuditQuery({ ...filters, cursor }, undefined, NOW)).toThrow(
      expect.objectContaining({ statusCode: 400, code: 'InvalidCursor' }),
    );
  });

  it('plans an empty window (from equal to to) rather than refusing it', () => {
    const instant = query({ from: '2026-11-20T00:00:00Z', to: '2026-11-20T00:00:00Z' });

    expect(planAuditQuery(instant, undefined, NOW)).toMatchObject({
      fromKey: '2026-11-20T00:00:00.000Z',
      beforeKey: '2026-11-20T00:00:00.000Z~',
    });
  });

  it('compares bounds at millisecond precision, as records store their time', () => {
    const plan = planAuditQuery(query({ from: '2026-11-20T10:00:00Z' }), undefined, NOW);

    expect(plan?.fromKey).toBe('2026-11-20T10:00:00.000Z');
  });
});
