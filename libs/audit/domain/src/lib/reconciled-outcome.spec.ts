import { reconciledOutcome } from './reconciled-outcome';

describe('reconciledOutcome', () => {
  it.each([
    ['stop', 'running', 'stopped', 'succeeded'],
    ['stop', 'running', 'running', 'unchanged'],
    ['start', 'stopped', 'running', 'succeeded'],
    ['terminate', 'running', 'shutting-down', 'succeeded'],
    ['stop', 'stopped', 'stopped', 'unchanged'],
    ['start', 'stopped', 'terminated', 'failed'],
    ['reboot', 'running', 'running', 'unchanged'],
  ] as const)('%s from %s, seen %s now: %s', (action, before, now, outcome) => {
    expect(
      reconciledOutcome({ action, stateBefore: before, options: null }, { state: now, tags: {} }),
    ).toBe(outcome);
  });

  const edit = { 'tag:Owner': 'ana', 'untag:Scratch': true } as const;
  it.each([
    ['reads as the edit asked', { Owner: 'ana' }, 'succeeded'],
    ['shows no part of the edit', { Owner: 'bo', Scratch: 'x' }, 'unchanged'],
    ['shows only the removal', { Owner: 'bo' }, 'failed'],
  ] as const)('a tag edit whose instance %s: %s', (_, tags, outcome) => {
    expect(
      reconciledOutcome(
        { action: 'tag', stateBefore: 'running', options: edit },
        { state: 'running', tags },
      ),
    ).toBe(outcome);
  });

  it.each([
    ['t3.large', 'succeeded'],
    ['t3.medium', 'unchanged'],
  ] as const)('a resize to t3.large whose instance is now %s: %s', (instanceType, outcome) => {
    expect(
      reconciledOutcome(
        { action: 'resize', stateBefore: 'stopped', options: { instanceType: 't3.large' } },
        { state: 'stopped', tags: {}, instanceType },
      ),
    ).toBe(outcome);
  });

  it('is unchanged when EC2 no longer knows the instance', () => {
    expect(reconciledOutcome({ action: 'stop', stateBefore: 'running', options: null }, null)).toBe(
      'unchanged',
    );
  });
});
