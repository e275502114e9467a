import { readFileSync, readdirSync } from 'node:fs';
import type { LocalStack } from '../src/index';

/** CPU time (user + system, ms) used so far, by part of a stack. */
export type CpuTimes = Record<string, number>;

/** Reads CPU times of a stack's processes; `undefined` where /proc is not there (not Linux). */
export type CpuReader = () => CpuTimes;

const TICK_MS = 10; // USER_HZ is 100 on Linux.

// utime + stime of /proc/<pid>/stat or /proc/<pid>/task/<tid>/stat; comm may hold spaces.
function ticksOf(statPath: string): number {
  const fields = readFileSync(statPath, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return Number(fields[11]) + Number(fields[12]);
}

const read = (path: string): string => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};

function childrenOf(pid: number): number[] {
  return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
    read(`/proc/${pid}/task/${tid}/children`).split(' ').filter(Boolean).map(Number),
  );
}

/** The stack's services among this process's children, by the endpoint each was given. */
function servicesOf(stack: LocalStack): Record<string, number> {
  const found: Record<string, number> = {};
  for (const pid of childrenOf(process.pid)) {
    const command = read(`/proc/${pid}/cmdline`).split('\0').join(' ');
    const environment = read(`/proc/${pid}/environ`).split('\0');
    const localAwsPort = new URL(stack.localAwsUrl).port;
    if (command.includes('serverless.js offline'))
      if (environment.includes(`AWS_ENDPOINT_URL_EC2=${stack.localAwsUrl}`))
        found['serverless-offline'] = pid;
    if (
      command.includes('tools/local-aws/src/cli.ts') &&
      command.includes(`--port ${localAwsPort} `)
    )
      found['local-aws'] = pid;
    if (
      command.includes('dynalite') &&
      command.includes(`--port ${new URL(stack.dynamoDbUrl).port} `)
    )
      found['dynalite'] = pid;
  }
  return found;
}

/**
 * Reads, on Linux, how much CPU each part of a local stack has used: serverless-offline's main
 * thread, its other threads (the function workers, with V8's and libuv's helpers), the local AWS
 * (EC2, the X-Ray collector, the DynamoDB pass-through) and dynalite; plus this process (the
 * bench's client and the gateway proxies). Differences between two readings say where a run's
 * CPU went. Undefined where /proc cannot be read.
 *
 * @example
 * const cpu = cpuReader(stack);
 * const before = cpu?.(); … const after = cpu?.();
 */
export function cpuReader(stack: LocalStack): CpuReader | undefined {
  if (!read('/proc/self/stat')) return undefined;
  const services = servicesOf(stack);
  return () => {
    const times: CpuTimes = {};
    const offline = services['serverless-offline'];
    if (offline !== undefined) {
      const all = ticksOf(`/proc/${offline}/stat`);
      const main = ticksOf(`/proc/${offline}/task/${offline}/stat`);
      times['serverless-offline, main thread'] = main * TICK_MS;
      times['serverless-offline, worker threads'] = (all - main) * TICK_MS;
    }
    for (const name of ['local-aws', 'dynalite'] as const) {
      const pid = services[name];
      if (pid !== undefined) times[name] = ticksOf(`/proc/${pid}/stat`) * TICK_MS;
    }
    const own = process.cpuUsage();
    times['bench client + gateway proxy'] = (own.user + own.system) / 1000;
    return times;
  };
}

/**
 * CPU used between two readings, per part.
 *
 * @example
 * cpuBetween(before, after); // { 'local-aws': 820, … }
 */
export function cpuBetween(before: CpuTimes, after: CpuTimes): CpuTimes {
  return Object.fromEntries(
    Object.entries(after).map(([name, value]) => [name, value - (before[name] ?? 0)]),
  );
}
