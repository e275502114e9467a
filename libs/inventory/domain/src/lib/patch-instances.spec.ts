import type { Instance } from '@fleet/contract';
import { anInstance } from '@fleet/testing';
import { observed } from './inventory-entry';
import { patchInstances } from './patch-instances';

const instance = (id: string): Instance =>
  anInstance({ region: 'eu-west-1', id, name: null, state: 'stopped' });

describe('patchInstances', () => {
  it('applies an edit to a stored instance observed before it', () => {
    const stored = [observed(instance('i-00000001'), 100)];

    const result = patchInstances(stored, [
      { id: 'i-00000001', observedAt: 200, patch: (i) => ({ ...i, type: 't3.large' }) },
    ]);

    expect(result.changed).toBe(true);
    expect(result.entries[0]).toMatchObject({ observedAt: 200, instance: { type: 't3.large' } });
  });

  it('leaves an instance read after the edit, and ids it does not hold, alone', () => {
    const stored = [observed(instance('i-00000001'), 300)];

    const result = patchInstances(stored, [
      { id: 'i-00000001', observedAt: 200, patch: (i) => ({ ...i, type: 't3.large' }) },
      { id: 'i-00000002', observedAt: 200, patch: (i) => ({ ...i, type: 't3.large' }) },
    ]);

    expect(result.changed).toBe(false);
    expect(result.entries).toEqual(stored);
  });
});
