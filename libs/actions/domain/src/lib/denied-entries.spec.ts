import { deniedEntries } from './denied-entries';

const context = {
  actor: { sub: 'sub-8', email: 'v@example.com', roles: ['viewers'] },
  requestId: 'req-8',
  traceId: 'req-8',
  sourceIp: '127.0.0.1',
  userAgent: 'jest',
};

describe('deniedEntries', () => {
  it('records one denied entry per well-formed instance named, ignoring the rest', () => {
    const body = {
      instances: [
        { region: 'us-east-1', id: 'i-0123456789abcdef0' },
        { region: 'nowhere', id: 'x' },
      ],
      reason: 'try',
    };

    const entries = deniedEntries('stop', body, context);

    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      kind: 'denied',
      outcome: 'denied',
      instanceId: 'i-0123456789abcdef0',
      reason: 'try',
    });
  });

  it('records one entry naming no instance when the body names none', () => {
    expect(deniedEntries('terminate', 'not json', context)).toMatchObject([
      { kind: 'denied', region: null, instanceId: null },
    ]);
  });
});
