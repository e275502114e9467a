import { principalFromGroups } from '@fleet/access';
import type { Instance } from '@fleet/contract';
import { createVisibleInstanceLister, type InstanceLister } from './visible-instance-lister';
import type { InstanceFilters } from './instance-filters';

/** A store of two regions that answers by the Team tag filter, and counts its reads. */
function recordingStore(): InstanceLister & { reads: [string, InstanceFilters][] } {
  const rows = [
    { id: 'i-1', region: 'eu-west-1', tags: { Team: 'payments' } },
    { id: 'i-2', region: 'eu-west-1', tags: { Team: 'search' } },
    { id: 'i-3', region: 'us-east-1', tags: { Team: 'payments' } },
  ] as unknown as Instance[];
  const reads: [string, InstanceFilters][] = [];
  return {
    reads,
    async list(region, filters) {
      reads.push([region, filters]);
      const teams = (filters.tags ?? []).filter((tag) => tag.key === 'Team').map((t) => t.value);
      return rows.filter(
        (row) =>
          row.region === region && (teams.length === 0 || teams.includes(row.tags['Team'] ?? '')),
      );
    },
  };
}

const MANAGED = ['us-east-1', 'eu-west-1'];

describe('createVisibleInstanceLister', () => {
  it("lists only an operator's teams, in every managed region when none is named", async () => {
    const store = recordingStore();
    const operator = principalFromGroups('u-1', 'op@example.com', ['operators', 'team-payments']);
    const rows = await createVisibleInstanceLister(store, MANAGED)(operator);
    expect(rows.map((row) => row.id).sort()).toEqual(['i-1', 'i-3']);
    expect(store.reads.map(([region]) => region)).toEqual(MANAGED);
  });

  it('reads nothing for a caller whose teams hold nothing', async () => {
    const store = recordingStore();
    const teamless = principalFromGroups('u-2', 'new@example.com', ['viewers']);
    expect(await createVisibleInstanceLister(store, MANAGED)(teamless)).toEqual([]);
    expect(store.reads).toEqual([]);
  });

  it('refuses a region this stage does not manage before any read', async () => {
    const store = recordingStore();
    const admin = principalFromGroups('u-3', 'admin@example.com', ['admins']);
    await expect(
      createVisibleInstanceLister(store, MANAGED)(admin, ['ap-south-1']),
    ).rejects.toThrow(/Not a managed region/);
    expect(store.reads).toEqual([]);
  });
});
