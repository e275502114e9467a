import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { endWithThisProcess, signalGroup } from './end-with-this-process';

/** Where a service's output goes: prefixed on the terminal, or into a log file (tests). */
export type OutputSink = { kind: 'terminal'; prefix: string } | { kind: 'file'; path: string };

export interface ChildServiceOptions {
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  readonly output: OutputSink;
  /** Sees every stdout line too (e.g. the EMF metrics a function prints). */
  readonly onLine?: (line: string) => void;
  /**
   * An output line (stdout or stderr) that means the service has failed although its process
   * lives on: serverless-offline reports a failed build and keeps running without serving, so a
   * start would otherwise wait out its whole timeout. `failure()` then says so.
   */
  readonly failsOn?: RegExp;
}

/** A service the stack started, in a process group of its own. */
export interface ChildService {
  readonly name: string;
  /** The process (and process group) id; undefined when it could not start. */
  readonly pid: number | undefined;
  /** Why it has already exited, or `undefined` while it runs. */
  exitReason(): string | undefined;
  /**
   * Why it cannot serve: it has exited, or printed a `failsOn` line (with the line after it,
   * where the tools put the first error); `undefined` while neither has happened.
   */
  failure(): string | undefined;
  /** Resolves when it exits: `code N` or the signal's name. */
  readonly exited: Promise<string>;
  /** Stops the whole process group: SIGTERM, then SIGKILL after a grace period. */
  stop(): Promise<void>;
}

const GRACE_MS = 3_000;

// Every running service's process group is listed here, so that `.ci/run` can end groups whose
// parent died before it could stop them (a killed test runner skips its teardown).
const GROUPS_DIR = join(__dirname, '../../../tmp/service-groups');

async function rememberGroup(pid: number | undefined): Promise<void> {
  if (pid === undefined) return;
  await mkdir(GROUPS_DIR, { recursive: true });
  await writeFile(join(GROUPS_DIR, String(pid)), '');
}

async function forgetGroup(pid: number | undefined): Promise<void> {
  if (pid !== undefined) await rm(join(GROUPS_DIR, String(pid)), { force: true });
}

async function pipeOutput(child: ChildProcess, sink: OutputSink): Promise<void> {
  if (sink.kind === 'file') {
    await mkdir(dirname(sink.path), { recursive: true });
    const file = createWriteStream(sink.path, { flags: 'a' });
    child.stdout?.pipe(file);
    child.stderr?.pipe(file);
    return;
  }
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) => {
      process.stdout.write(`${sink.prefix} ${line}\n`);
    });
  }
}

/**
 * Starts a service as the leader of a new process group (`detached`), so stopping it also stops
 * whatever it spawned itself (serverless-offline's workers, esbuild, vite's children): nothing is
 * left behind on Ctrl-C or at the end of a test run.
 */
export async function startChildService(options: ChildServiceOptions): Promise<ChildService> {
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let exitReason: string | undefined;
  // Until stopped, the group ends when this process does (a Ctrl-C during start-up, a crash).
  const release = child.pid === undefined ? () => undefined : endWithThisProcess(child.pid);
  const exited = new Promise<string>((resolve) => {
    child.on('exit', (code, signal) => {
      const how = signal ?? `code ${code}`;
      exitReason = `${options.name} exited (${how})`;
      void forgetGroup(child.pid);
      resolve(how);
    });
    child.on('error', (error) => {
      exitReason = `${options.name} could not start: ${error.message}`;
      resolve('error');
    });
  });
  await rememberGroup(child.pid);
  await pipeOutput(child, options.output);
  const { onLine, failsOn } = options;
  if (onLine && child.stdout) createInterface({ input: child.stdout }).on('line', onLine);
  let failedWith: string | undefined;
  if (failsOn) {
    for (const stream of [child.stdout, child.stderr]) {
      if (!stream) continue;
      let detailNext = false;
      createInterface({ input: stream }).on('line', (line) => {
        if (detailNext) {
          failedWith += ` ${line.trim()}`;
          detailNext = false;
        } else if (failedWith === undefined && failsOn.test(line)) {
          failedWith = `${options.name} failed: ${line.trim()}`;
          detailNext = true;
        }
      });
    }
  }

  const signal = (name: NodeJS.Signals): void => {
    if (child.pid !== undefined) signalGroup(child.pid, name);
  };

  return {
    name: options.name,
    pid: child.pid,
    exited,
    exitReason: () => exitReason,
    failure: () => exitReason ?? failedWith,
    async stop() {
      if (exitReason === undefined) signal('SIGTERM');
      const timer = setTimeout(() => signal('SIGKILL'), GRACE_MS);
      await exited;
      clearTimeout(timer);
      await forgetGroup(child.pid);
      // Children of the group that outlived their leader.
      signal('SIGKILL');
      release();
    },
  };
}
