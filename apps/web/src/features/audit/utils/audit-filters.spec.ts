import {
  auditFilterCount,
  auditFiltersToSearch,
  auditFilterProblems,
  auditQuery,
  EMPTY_AUDIT_FILTERS,
  hasAuditFilters,
  parseAuditFilters,
  resolveActor,
  type AuditFilters,
} from './audit-filters';

describe('audit filters in the URL', () => {
  it('reads back what it wrote', () => {
    const filters: AuditFilters = {
      region: 'eu-west-1',
      instance: 'i-0123456789abcdef0',
      actor: 'sub-1',
      action: 'stop',
      outcome: 'succeeded',
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-11-26T00:00:00.000Z',
    };

    const search = auditFiltersToSearch(filters);

    expect(parseAuditFilters(new URLSearchParams(search.toString()))).toEqual(filters);
  });

  it('drops an unknown action and an unreadable date from a hand-edited link', () => {
    const filters = parseAuditFilters(new URLSearchParams('action=explode&from=yesterday'));

    expect(filters).toEqual(EMPTY_AUDIT_FILTERS);
  });

  it('leaves empty filters and unrelated parameters alone', () => {
    const search = auditFiltersToSearch(
      { ...EMPTY_AUDIT_FILTERS, outcome: 'refused' },
      new URLSearchParams('action=stop&tab=x'),
    );

    expect(search.toString()).toBe('tab=x&outcome=refused');
  });

  it('knows when no filter is set', () => {
    expect(hasAuditFilters(EMPTY_AUDIT_FILTERS)).toBe(false);
    expect(auditFilterCount(EMPTY_AUDIT_FILTERS)).toBe(0);
  });

  it('counts the set filters, each bound of the time range as one', () => {
    const filters = parseAuditFilters(
      new URLSearchParams('action=stop&outcome=failed&from=2026-11-01T00:00:00Z&tab=x'),
    );

    expect(auditFilterCount(filters)).toBe(3);
    expect(hasAuditFilters(filters)).toBe(true);
  });
});

describe('auditQuery', () => {
  it('asks for an instance only together with its region', () => {
    expect(auditQuery({ ...EMPTY_AUDIT_FILTERS, instance: 'i-1' })).toEqual({});
  });

  it('passes the set filters through', () => {
    expect(
      auditQuery({ ...EMPTY_AUDIT_FILTERS, region: 'eu-west-1', instance: 'i-1', action: 'stop' }),
    ).toEqual({ region: 'eu-west-1', instance: 'i-1', action: 'stop' });
  });
});

describe('auditFilterProblems', () => {
  it('asks for the region when an instance id is given without one', () => {
    const problems = auditFilterProblems({ ...EMPTY_AUDIT_FILTERS, instance: 'i-0abc' });

    expect(problems.instance).toMatch(/region/);
  });

  it('explains that an email is not a user id', () => {
    const problems = auditFilterProblems({ ...EMPTY_AUDIT_FILTERS, actor: 'ops@example.com' });

    expect(problems.actor).toMatch(/user id/);
  });

  it('accepts an instance with its region and an actor sub', () => {
    const filters = { ...EMPTY_AUDIT_FILTERS, region: 'eu-west-1', instance: 'i-1', actor: 'u-1' };

    expect(auditFilterProblems(filters)).toEqual({});
  });
});

describe('resolveActor', () => {
  it('replaces a known email by its user id, whatever its case', () => {
    const filters = { ...EMPTY_AUDIT_FILTERS, actor: 'Me@Example.com' };

    expect(resolveActor(filters, [{ sub: 'u-7', email: 'me@example.com' }]).actor).toBe('u-7');
  });

  it('leaves an unknown email for the field to explain', () => {
    const filters = { ...EMPTY_AUDIT_FILTERS, actor: 'other@example.com' };

    expect(resolveActor(filters, [{ sub: 'u-7', email: 'me@example.com' }]).actor).toBe(
      'other@example.com',
    );
  });
});
