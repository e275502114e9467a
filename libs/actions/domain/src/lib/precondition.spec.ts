import type { InstanceAction, InstanceState } from '@fleet/contract';
import type { InstanceSnapshot } from './instance-snapshot';
import { preconditionOf } from './precondition';

function snapshot(
  state: InstanceState,
  overrides: Partial<InstanceSnapshot> = {},
): InstanceSnapshot {
  return {
    region: 'us-east-1',
    id: 'i-0123456789abcdef0',
    state,
    tags: {},
    hibernationConfigured: false,
    ...overrides,
  };
}

describe('preconditionOf', () => {
  // action × state → verdict kind (no protection flags set)
  const matrix: [InstanceAction, InstanceState, 'act' | 'unchanged' | 'refused'][] = [
    ['start', 'stopped', 'act'],
    ['start', 'pending', 'unchanged'],
    ['start', 'running', 'unchanged'],
    ['start', 'stopping', 'refused'],
    ['start', 'shutting-down', 'refused'],
    ['start', 'terminated', 'refused'],
    ['stop', 'running', 'act'],
    ['stop', 'stopping', 'unchanged'],
    ['stop', 'stopped', 'unchanged'],
    ['stop', 'pending', 'refused'],
    ['stop', 'shutting-down', 'refused'],
    ['stop', 'terminated', 'refused'],
    ['reboot', 'running', 'act'],
    ['reboot', 'pending', 'unchanged'],
    ['reboot', 'stopped', 'refused'],
    ['reboot', 'stopping', 'refused'],
    ['reboot', 'terminated', 'refused'],
    ['terminate', 'running', 'act'],
    ['terminate', 'stopped', 'act'],
    ['terminate', 'pending', 'act'],
    ['terminate', 'stopping', 'act'],
    ['terminate', 'shutting-down', 'unchanged'],
    ['terminate', 'terminated', 'unchanged'],
  ];

  it.each(matrix)('decides %s on a %s instance: %s', (action, state, kind) => {
    expect(preconditionOf(action, snapshot(state), {}, {}).kind).toBe(kind);
  });

  it('refuses a wrong state with the reason wrong-state', () => {
    expect(preconditionOf('start', snapshot('stopping'), {}, {})).toMatchObject({
      kind: 'refused',
      refusal: 'wrong-state',
    });
  });

  it('refuses to stop an instance with disableApiStop, naming the flag', () => {
    expect(preconditionOf('stop', snapshot('running'), {}, { disableApiStop: true })).toMatchObject(
      {
        kind: 'refused',
        refusal: 'protected',
        flag: 'disableApiStop',
      },
    );
  });

  it('refuses to terminate an instance with disableApiTermination, naming the flag', () => {
    expect(
      preconditionOf('terminate', snapshot('stopped'), {}, { disableApiTermination: true }),
    ).toMatchObject({
      refusal: 'protected',
      flag: 'disableApiTermination',
    });
  });

  it('lets stop protection alone not block a terminate', () => {
    expect(
      preconditionOf('terminate', snapshot('running'), {}, { disableApiStop: true }).kind,
    ).toBe('act');
  });

  it('answers unchanged for a stopped instance even when it is stop-protected', () => {
    expect(preconditionOf('stop', snapshot('stopped'), {}, { disableApiStop: true }).kind).toBe(
      'unchanged',
    );
  });

  it('lets a forced stop hurry an instance that is already stopping', () => {
    expect(preconditionOf('stop', snapshot('stopping'), { force: true }, {}).kind).toBe('act');
  });

  it('refuses to hibernate an instance launched without hibernation', () => {
    expect(preconditionOf('stop', snapshot('running'), { hibernate: true }, {})).toMatchObject({
      refusal: 'hibernation-not-configured',
    });
    expect(
      preconditionOf(
        'stop',
        snapshot('running', { hibernationConfigured: true }),
        { hibernate: true },
        {},
      ).kind,
    ).toBe('act');
  });

  it('answers unchanged when the protection flags already have the wanted values', () => {
    const options = { protection: { disableApiStop: true } };
    expect(
      preconditionOf('protect', snapshot('running'), options, { disableApiStop: true }).kind,
    ).toBe('unchanged');
    expect(
      preconditionOf('protect', snapshot('running'), options, { disableApiStop: false }).kind,
    ).toBe('act');
  });

  it('refuses to change the protection of a terminated instance', () => {
    expect(
      preconditionOf(
        'protect',
        snapshot('terminated'),
        { protection: { disableApiStop: true } },
        {},
      ).kind,
    ).toBe('refused');
  });

  it.each([
    ['stopped', 'act'],
    ['running', 'refused'],
    ['pending', 'refused'],
    ['stopping', 'refused'],
    ['terminated', 'refused'],
  ] as const)('resizes only a stopped instance (%s → %s), as EC2 does', (state, kind) => {
    const verdict = preconditionOf(
      'resize',
      snapshot(state, { instanceType: 't3.micro' }),
      { instanceType: 't3.large' },
      {},
    );

    expect(verdict.kind).toBe(kind);
    if (verdict.kind === 'refused') expect(verdict.message).toContain('Stop it first');
  });

  it('answers unchanged for a resize to the type the instance has, whatever its state', () => {
    expect(
      preconditionOf(
        'resize',
        snapshot('running', { instanceType: 't3.micro' }),
        { instanceType: 't3.micro' },
        {},
      ).kind,
    ).toBe('unchanged');
  });

  it('retags anything not shutting down, and leaves tags already as asked unchanged', () => {
    const tagged = snapshot('running', { tags: { Owner: 'ana' } });
    const edit = (set: Record<string, string>, remove: string[] = []) => ({
      tags: { set, remove },
    });

    expect(preconditionOf('tag', tagged, edit({ Owner: 'bo' }), {}).kind).toBe('act');
    expect(preconditionOf('tag', tagged, edit({ Owner: 'ana' }, ['Gone']), {}).kind).toBe(
      'unchanged',
    );
    expect(preconditionOf('tag-team', snapshot('terminated'), edit({ Team: 'x' }), {}).kind).toBe(
      'refused',
    );
  });
});
