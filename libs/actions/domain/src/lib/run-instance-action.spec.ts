import type { AuditEntry, InstanceAction } from '@fleet/contract';
import type { ActionCommand, ActionContext } from './action-context';
import type { ActionAuditPort, ActionEc2Port, AttemptHandle, CallResult } from './action-ports';
import type { InstanceSnapshot } from './instance-snapshot';
import { runInstanceAction } from './run-instance-action';

// In-memory ports: the orchestration is pure, so its rules are tested without AWS; the same run
// over the real EC2 emulator and DynamoDB is tested in the functions' stack tests.
const THROTTLED: CallResult = {
  ok: false,
  code: 'RequestLimitExceeded',
  message: 'Request limit exceeded.',
  serverSide: true,
  throttled: true,
};

function fleet(snapshots: InstanceSnapshot[], refuseBatches = false, throttledIds: string[] = []) {
  const calls: { action: InstanceAction; ids: readonly string[] }[] = [];
  const ec2: ActionEc2Port = {
    describe: async (region, ids) =>
      snapshots.filter((s) => s.region === region && ids.includes(s.id)),
    protection: async () => ({}),
    execute: async (_region, ids, action): Promise<CallResult> => {
      calls.push({ action, ids });
      if (ids.some((id) => throttledIds.includes(id))) return THROTTLED;
      if (refuseBatches && ids.length > 1)
        return { ok: false, code: 'IncorrectInstanceState', message: 'no', serverSide: false };
      if (ids.includes('i-0000000000000000c'))
        return { ok: false, code: 'IncorrectInstanceState', message: 'moved', serverSide: false };
      return {
        ok: true,
        changes: new Map(ids.map((id) => [id, { previous: 'running', current: 'stopping' }])),
      };
    },
  };
  return { ec2, calls };
}

function auditLog(failAttempts = false) {
  const written: AuditEntry[] = [];
  const audit: ActionAuditPort = {
    recordAttempts: async (entries) => {
      if (failAttempts) throw new Error('DynamoDB unavailable');
      written.push(...entries);
      return entries.map((_, i): AttemptHandle => ({ chain: `c${i}`, seq: 1 }));
    },
    recordOutcomes: async (outcomes) => {
      written.push(...outcomes.map((o) => o.entry));
      return true;
    },
  };
  return { audit, written };
}

const running = (id: string, team = 'payments'): InstanceSnapshot => ({
  region: 'us-east-1',
  id,
  state: 'running',
  tags: { Team: team, Environment: 'staging' },
  hibernationConfigured: false,
});

const context: ActionContext = {
  actor: { sub: 'sub-1', email: 'op@example.com', roles: ['operators'] },
  scope: ['payments'],
  teamTag: 'Team',
  managedRegions: ['us-east-1'],
  requestId: 'req-1',
  traceId: 'req-1',
  sourceIp: '127.0.0.1',
  userAgent: 'jest',
};

function stop(ids: string[], single = false): ActionCommand {
  return {
    action: 'stop',
    targets: ids.map((id) => ({ region: 'us-east-1', id })),
    single,
    reason: undefined,
    options: {},
  };
}

describe('runInstanceAction', () => {
  it('acts on every instance of a region in one EC2 call and records attempt then outcome for each', async () => {
    const { ec2, calls } = fleet([running('i-0000000000000000a'), running('i-0000000000000000b')]);
    const { audit, written } = auditLog();

    const answer = await runInstanceAction(
      { ec2, audit },
      stop(['i-0000000000000000a', 'i-0000000000000000b']),
      context,
    );

    expect(answer.status).toBe(200);
    expect(calls).toHaveLength(1);
    expect(written.map((entry) => entry.kind)).toEqual([
      'attempt',
      'attempt',
      'outcome',
      'outcome',
    ]);
  });

  it('does nothing and answers 503 when the attempts cannot be written', async () => {
    const { ec2, calls } = fleet([running('i-0000000000000000a')]);

    await expect(
      runInstanceAction(
        { ec2, audit: auditLog(true).audit },
        stop(['i-0000000000000000a']),
        context,
      ),
    ).rejects.toMatchObject({
      statusCode: 503,
      code: 'AuditUnavailable',
    });
    expect(calls).toHaveLength(0);
  });

  it('splits a batch EC2 refused, so each instance gets its own result', async () => {
    const { ec2, calls } = fleet(
      [running('i-0000000000000000a'), running('i-0000000000000000c')],
      true,
    );

    const answer = await runInstanceAction(
      { ec2, audit: auditLog().audit },
      stop(['i-0000000000000000a', 'i-0000000000000000c']),
      context,
    );

    expect(calls.map((call) => call.ids.length)).toEqual([2, 1, 1]);
    const results = answer.status === 200 ? answer.body.results : [];
    expect(results.map((result) => result.outcome)).toEqual(['succeeded', 'failed']);
    expect(results[1]?.errorCode).toBe('IncorrectInstanceState');
  });

  it('refuses an instance of another team as out of scope, without showing its state', async () => {
    const { ec2, calls } = fleet([running('i-0000000000000000a', 'search')]);

    const answer = await runInstanceAction(
      { ec2, audit: auditLog().audit },
      stop(['i-0000000000000000a']),
      context,
    );

    expect(calls).toHaveLength(0);
    expect(answer.status === 200 && answer.body.results[0]).toMatchObject({
      outcome: 'refused',
      refusal: 'out-of-scope',
      stateBefore: null,
    });
  });

  it('answers 409 when the one instance named is refused', async () => {
    const { ec2 } = fleet([{ ...running('i-0000000000000000a'), state: 'terminated' }]);

    const answer = await runInstanceAction(
      { ec2, audit: auditLog().audit },
      stop(['i-0000000000000000a'], true),
      context,
    );

    expect(answer).toMatchObject({ status: 409, body: { code: 'IncorrectInstanceState' } });
  });

  it('answers 400 ReasonRequired for a production instance without a reason, recording nothing', async () => {
    const { ec2 } = fleet([
      { ...running('i-0000000000000000a'), tags: { Team: 'payments', Environment: 'production' } },
    ]);
    const { audit, written } = auditLog();

    await expect(
      runInstanceAction({ ec2, audit }, stop(['i-0000000000000000a']), context),
    ).rejects.toMatchObject({ statusCode: 400, code: 'ReasonRequired' });
    expect(written).toHaveLength(0);
  });

  it('answers 503 Throttled when EC2 throttled every target, after closing each attempt failed', async () => {
    const { ec2 } = fleet([running('i-0000000000000000a')], false, ['i-0000000000000000a']);
    const { audit, written } = auditLog();

    await expect(
      runInstanceAction({ ec2, audit }, stop(['i-0000000000000000a'], true), context),
    ).rejects.toMatchObject({ statusCode: 503, code: 'Throttled' });
    expect(written.map((entry) => [entry.kind, entry.outcome, entry.detail])).toEqual([
      ['attempt', 'pending', null],
      ['outcome', 'failed', 'RequestLimitExceeded'],
    ]);
  });

  it('keeps a partly throttled bulk result a 200 that says when to retry', async () => {
    const instances = [running('i-0000000000000000a'), running('i-0000000000000000b')];
    instances[1] = { ...instances[1], region: 'eu-west-1' } as InstanceSnapshot;
    const { ec2 } = fleet(instances, false, ['i-0000000000000000b']);

    const answer = await runInstanceAction(
      { ec2, audit: auditLog().audit },
      {
        ...stop([]),
        targets: [
          { region: 'us-east-1', id: 'i-0000000000000000a' },
          { region: 'eu-west-1', id: 'i-0000000000000000b' },
        ],
      },
      { ...context, managedRegions: ['us-east-1', 'eu-west-1'] },
    );

    expect(answer).toMatchObject({ status: 200, retryAfterSeconds: 2 });
    const results = answer.status === 200 ? answer.body.results : [];
    expect(results.map((result) => result.outcome)).toEqual(['succeeded', 'failed']);
  });

  it('sends no Retry-After when nothing was throttled', async () => {
    const { ec2 } = fleet([running('i-0000000000000000a')]);

    const answer = await runInstanceAction(
      { ec2, audit: auditLog().audit },
      stop(['i-0000000000000000a']),
      context,
    );

    expect(answer.status).toBe(200);
    expect(answer).not.toHaveProperty('retryAfterSeconds');
  });
});
