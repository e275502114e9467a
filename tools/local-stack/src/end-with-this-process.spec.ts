import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const FIXTURE = join(__dirname, 'fixtures', 'service-owner.ts');

interface Owner {
  /** The service's pid, once the owner has started it. */
  readonly servicePid: Promise<number>;
  readonly exited: Promise<void>;
  readonly lines: string[];
  kill(signal: NodeJS.Signals): void;
}

/** Runs the fixture (a process that starts one service as the stack does) in `mode`. */
function owner(mode: string): Owner {
  const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE, mode], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const servicePid = new Promise<number>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      lines.push(line);
      const match = /^pid (\d+)$/.exec(line);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', () => reject(new Error(`the owner exited first: ${lines.join(' | ')}`)));
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { servicePid, exited, lines, kill: (signal) => child.kill(signal) };
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function goneWithin(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!alive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return !alive(pid);
}

describe('a service started for the stack ends with the process that started it', () => {
  const started: number[] = [];
  afterAll(() => {
    for (const pid of started) if (alive(pid)) process.kill(-pid, 'SIGKILL');
  });

  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)(
    'when that process gets %s and nothing else handles it (Ctrl-C while npm start starts)',
    async (signal) => {
      const process_ = owner('signal');
      const pid = await process_.servicePid;
      started.push(pid);
      expect(alive(pid)).toBe(true);
      process_.kill(signal);
      await process_.exited;
      expect(await goneWithin(pid, 5_000)).toBe(true);
    },
  );

  it.each(['exit', 'throw'])('when that process ends by %s', async (mode) => {
    const process_ = owner(mode);
    const pid = await process_.servicePid;
    started.push(pid);
    await process_.exited;
    expect(await goneWithin(pid, 5_000)).toBe(true);
  });

  it("leaves a signal to the owner's own handler, which stops services its way", async () => {
    const process_ = owner('handled');
    const pid = await process_.servicePid;
    started.push(pid);
    process_.kill('SIGINT');
    await process_.exited;
    // The handler ran (it exits normally), and the exit still ended the service.
    expect(process_.lines).toContain('handled');
    expect(await goneWithin(pid, 5_000)).toBe(true);
  });
});
