import { anAuditRecord } from '@fleet/testing';
import { auditCsv, csvField } from './audit-csv';

describe('csvField', () => {
  it('quotes a field holding a comma and doubles its quotes', () => {
    expect(csvField('say "hi", then go')).toBe('"say ""hi"", then go"');
  });

  it('quotes a field holding a line break', () => {
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
  });

  it('defuses a value a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
  });

  it('writes nothing for a missing value and numbers as they are', () => {
    expect([csvField(null), csvField(-1)]).toEqual(['', '-1']);
  });
});

describe('auditCsv', () => {
  it('writes a header and one line per record', () => {
    const record = anAuditRecord({
      actor: { sub: 's', email: 'op@example.com', roles: ['operators'] },
      reason: 'patching, then reboot',
      options: { force: true },
    });

    const lines = auditCsv([record]).split('\r\n');

    expect(lines[0]?.startsWith('at,kind,action,outcome,')).toBe(true);
    expect(lines[1]).toContain('"patching, then reboot"');
    expect(lines[1]).toContain('"{""force"":true}"');
    expect(lines).toHaveLength(3);
  });
});
