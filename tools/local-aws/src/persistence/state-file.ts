import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Ec2State } from '../ec2/state/ec2-state';
import type { InstanceRecord } from '../ec2/state/instance-record';

const FORMAT = 'local-aws-state/1';

interface StoredRecord extends Omit<InstanceRecord, 'tags'> {
  readonly tags: [string, string][];
}

interface StoredState {
  readonly format: string;
  readonly instances: StoredRecord[];
}

/**
 * Loads instances saved by {@link saveState} into the (empty) configured regions. Answers false
 * when there is no file yet, so the caller seeds instead. Regions no longer configured are skipped.
 */
export function loadState(state: Ec2State, path: string): boolean {
  if (!existsSync(path)) return false;
  const stored = JSON.parse(readFileSync(path, 'utf8')) as StoredState;
  if (stored.format !== FORMAT) throw new Error(`${path} is not a ${FORMAT} file`);
  for (const record of stored.instances) {
    state.fleet(record.region)?.add({ ...record, tags: new Map(record.tags), version: 0 });
  }
  return true;
}

/** Writes every instance to `path` atomically (temp file, then rename), so a crash never truncates it. */
export function saveState(state: Ec2State, path: string): void {
  const instances: StoredRecord[] = [];
  for (const region of state.regions) {
    for (const record of state.fleet(region)?.instances ?? [])
      instances.push({ ...record, tags: [...record.tags] });
  }
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, JSON.stringify({ format: FORMAT, instances } satisfies StoredState));
  renameSync(temporary, path);
}

/**
 * Saves at most once per `delayMs` after changes; `flush` writes any pending change now (on close).
 */
export function createStateSaver(
  state: Ec2State,
  path: string,
  delayMs = 250,
): { changed(): void; flush(): void } {
  let timer: NodeJS.Timeout | undefined;
  const write = (): void => {
    timer = undefined;
    saveState(state, path);
  };
  return {
    changed(): void {
      if (timer) return;
      timer = setTimeout(write, delayMs);
      // A pending save must not keep the process alive on its own.
      timer.unref();
    },
    flush(): void {
      if (!timer) return;
      clearTimeout(timer);
      write();
    },
  };
}
