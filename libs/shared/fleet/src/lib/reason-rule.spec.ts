import { missingReason, type TaggedInstance } from './reason-rule';

const staging: TaggedInstance = { id: 'i-0000000000000000a', tags: { Environment: 'staging' } };
const production: TaggedInstance = {
  ...staging,
  id: 'i-0000000000000000b',
  tags: { Environment: 'production' },
};

describe('missingReason', () => {
  it('requires a reason for every terminate', () => {
    expect(missingReason('terminate', [staging], undefined)).toMatch(/terminate/);
  });

  it('requires a reason for any action on a production instance, naming it', () => {
    expect(missingReason('reboot', [staging, production], undefined)).toContain(production.id);
  });

  it('needs none to stop or start non-production instances', () => {
    expect(missingReason('stop', [staging], undefined)).toBeUndefined();
  });

  it('does not take blank text for a reason', () => {
    expect(missingReason('terminate', [staging], '   ')).toBeDefined();
  });

  it('accepts any real reason', () => {
    expect(
      missingReason('terminate', [production], 'decommissioned, ticket OPS-12'),
    ).toBeUndefined();
  });
});
