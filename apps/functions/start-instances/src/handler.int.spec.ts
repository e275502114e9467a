import type { ActionResponse, ApiError } from '@fleet/contract';
import {
  actionRoute,
  auditRecordsOf,
  ec2Calls,
  expectRefusedForState,
  instanceSupply,
  refOf,
  refusalsOf,
  resetLocalAwsCounters,
  terminateOutsideConsole,
} from '@fleet/testing';

const start = actionRoute('/instances/start', { team: 'payments', as: 'operator' });

describe('POST /instances/start', () => {
  it('answers unchanged for a running instance, without calling StartInstances', async () => {
    const instance = await start.instance('running');
    await resetLocalAwsCounters();

    const { body } = await start.post<ActionResponse>(refOf(instance));

    expect(body.results[0]).toMatchObject({
      outcome: 'unchanged',
      stateBefore: 'running',
      stateAfter: 'running',
    });
    expect(await ec2Calls('StartInstances')).toBe(0);
  });

  it('refuses a terminated instance for its state, and answers 409 IncorrectInstanceState when it is alone', async () => {
    const data = await instanceSupply('data');
    const doomed = await data.next('stopped');
    await terminateOutsideConsole(doomed);

    expectRefusedForState(await refusalsOf(start, doomed, { as: 'admin' }), 'terminated');
    expect((await auditRecordsOf(doomed))[0]).toMatchObject({
      kind: 'outcome',
      outcome: 'refused',
      detail: 'wrong-state',
    });
  });

  it('answers 400 UnknownRegion for an instance in a region this stage does not manage, recording nothing', async () => {
    const { status, body } = await start.post<ApiError>({
      region: 'sa-east-1',
      id: 'i-0123456789abcdef0',
    });

    expect(status).toBe(400);
    expect(body.code).toBe('UnknownRegion');
  });
});
