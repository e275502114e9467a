import {
  auditFiltersToSearch,
  auditQuery,
  EMPTY_AUDIT_FILTERS,
  hasAuditFilters,
  parseAuditFilters,
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
