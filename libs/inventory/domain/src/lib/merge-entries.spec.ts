import { anInstance } from '@fleet/testing';
import { gone, observed } from './inventory-entry';
import { mergeObservations, mergeSync, patchStates } from './merge-entries';

const a = anInstance({ id: 'i-0000000000000000a' });
const b = anInstance({ id: 'i-0000000000000000b' });

describe('mergeObservations', () => {
  it('keeps the newer read when an older observation arrives late', () => {
    const stored = [observed({ ...a, state: 'stopped' }, 2_000)];

    const result = mergeObservations(stored, [observed({ ...a, state: 'stopping' }, 1_000)]);

    expect(result.changed).toBe(false);
    expect(result.entries[0]?.instance?.state).toBe('stopped');
  });

  it('applies a newer read and reports the change', () => {
    const stored = [observed(a, 1_000)];

    const result = mergeObservations(stored, [observed({ ...a, state: 'stopping' }, 2_000)]);

    expect(result.changed).toBe(true);
    expect(result.entries[0]?.instance?.state).toBe('stopping');
  });

  it('reports no change for a duplicate delivery that reads the same instance again', () => {
    const result = mergeObservations([observed(a, 1_000)], [observed(a, 2_000)]);

    expect(result.changed).toBe(false);
  });

  it('turns an instance EC2 no longer knows into a tombstone an older read cannot undo', () => {
    const afterGone = mergeObservations([observed(a, 1_000)], [gone(a.id, 3_000)]);
    const late = mergeObservations(afterGone.entries, [observed(a, 2_000)]);

    expect(afterGone.changed).toBe(true);
    expect(late.entries).toEqual([gone(a.id, 3_000)]);
  });
});

describe('mergeSync', () => {
  it('keeps what an event wrote after the sync read, and drops what the sync no longer saw', () => {
    const stored = [observed({ ...a, state: 'stopping' }, 5_000), observed(b, 500)];

    const result = mergeSync(stored, [observed(a, 1_000)], 1_000);

    expect(result.entries).toEqual([observed({ ...a, state: 'stopping' }, 5_000)]);
    expect(result.changed).toBe(true);
  });

  it('keeps an instance launched while the sync was paging', () => {
    const result = mergeSync([observed(b, 1_500)], [observed(a, 1_000)], 1_000);

    expect(result.entries.map((entry) => entry.id).sort()).toEqual([a.id, b.id]);
  });

  it('replaces stale entries with the sync read and drops tombstones it confirms', () => {
    const stored = [observed({ ...a, state: 'pending' }, 100), gone(b.id, 200)];

    const result = mergeSync(stored, [observed(a, 1_000)], 1_000);

    expect(result.entries).toEqual([observed(a, 1_000)]);
    expect(result.changed).toBe(true);
  });

  it('changes nothing when the sync reads what is stored', () => {
    expect(mergeSync([observed(a, 100)], [observed(a, 1_000)], 1_000).changed).toBe(false);
  });
});

describe('patchStates', () => {
  it('writes the state an action got from EC2 over an older entry, keeping the rest', () => {
    const result = patchStates(
      [observed(a, 1_000)],
      [{ id: a.id, state: 'stopping', observedAt: 2_000 }],
    );

    expect(result.entries).toEqual([observed({ ...a, state: 'stopping' }, 2_000)]);
    expect(result.changed).toBe(true);
  });

  it('leaves alone an entry read after the action and an instance it does not hold', () => {
    const stored = [observed({ ...a, state: 'stopped' }, 3_000)];

    const result = patchStates(stored, [
      { id: a.id, state: 'stopping', observedAt: 2_000 },
      { id: b.id, state: 'stopping', observedAt: 2_000 },
    ]);

    expect(result).toEqual({ entries: stored, changed: false });
  });
});
