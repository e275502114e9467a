import {
  CreateTagsCommand,
  DeleteTagsCommand,
  type EC2Client,
  type Tag,
} from '@aws-sdk/client-ec2';
import type { CallResult, TagEdit } from '@fleet/actions-domain';
import { describeSnapshots } from './describe-snapshots';

/** The values each instance held for `keys`, read before they are removed. */
async function valuesOf(
  client: EC2Client,
  region: string,
  ids: readonly string[],
  keys: readonly string[],
): Promise<Map<string, Tag[]>> {
  const held = new Map<string, Tag[]>();
  for (const snapshot of await describeSnapshots(client, region, ids)) {
    const tags = keys.flatMap((Key) =>
      Object.hasOwn(snapshot.tags, Key) ? [{ Key, Value: snapshot.tags[Key] }] : [],
    );
    if (tags.length > 0) held.set(snapshot.id, tags);
  }
  return held;
}

/** Puts removed tags back, one CreateTags per instance (each held its own values). */
async function restore(client: EC2Client, held: Map<string, Tag[]>): Promise<void> {
  for (const [id, Tags] of held) {
    await client.send(new CreateTagsCommand({ Resources: [id], Tags }));
  }
}

/** The failed CreateTags, saying what stays changed when the removal could not be undone. */
function notUndone(error: unknown, keys: readonly string[]): Error {
  const original = error as Error & Record<string, unknown>;
  return Object.assign(
    new Error(
      `${original.message} The tags removed before it (${keys.join(', ')}) could not be put back.`,
    ),
    { name: original.name, $metadata: original.$metadata, $fault: original.$fault },
  );
}

/**
 * Applies a tag edit with DeleteTags then CreateTags, each all-or-nothing for every instance at
 * once. Two calls can half-succeed: when CreateTags fails after the removal, the removed tags are
 * put back, so a failed edit leaves the instances as they were (read first, only when the edit
 * both removes and sets). Throws the failed call's error.
 *
 * @example
 * await retag(client, 'eu-west-1', ['i-0123456789abcdef0'], { set: { Owner: 'ana' }, remove: ['Old'] });
 */
export async function retag(
  client: EC2Client,
  region: string,
  ids: readonly string[],
  edit: TagEdit,
): Promise<CallResult> {
  const set = Object.entries(edit.set);
  const Resources = [...ids];
  const both = edit.remove.length > 0 && set.length > 0;
  const held = both ? await valuesOf(client, region, ids, edit.remove) : new Map<string, Tag[]>();
  if (edit.remove.length > 0) {
    await client.send(
      new DeleteTagsCommand({ Resources, Tags: edit.remove.map((Key) => ({ Key })) }),
    );
  }
  if (set.length > 0) {
    try {
      await client.send(
        new CreateTagsCommand({ Resources, Tags: set.map(([Key, Value]) => ({ Key, Value })) }),
      );
    } catch (error) {
      await restore(client, held).catch(() => {
        throw notUndone(error, edit.remove);
      });
      throw error;
    }
  }
  return { ok: true, changes: new Map() };
}
