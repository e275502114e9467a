// What the host was doing around a bench, printed beside its tables: the machines are shared, and
// a bench's own figures cannot tell a slow change from a slow quarter hour. The load average
// misses contention from outside this machine's view (it read 2–3 while Linux's CPU pressure
// said 15–60 % of the time a task waited for a core), so the line carries both, and the time of
// a fixed piece of work.
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';

/**
 * Linux's CPU pressure (`/proc/pressure/cpu`, "some"): the share of time at least one runnable
 * task waited for a core, over the last 10 and 60 s, in %. `undefined` where the kernel has no
 * pressure stall information.
 *
 * @example
 * cpuPressure(); // { avg10: 0.8, avg60: 13.9 }
 */
export function cpuPressure(read = () => readFileSync('/proc/pressure/cpu', 'utf8')) {
  try {
    const some = read()
      .split('\n')
      .find((line) => line.startsWith('some '));
    const field = (name) => Number(new RegExp(`${name}=([\\d.]+)`).exec(some ?? '')?.[1]);
    const pressure = { avg10: field('avg10'), avg60: field('avg60') };
    return Number.isFinite(pressure.avg10) && Number.isFinite(pressure.avg60)
      ? pressure
      : undefined;
  } catch {
    return undefined;
  }
}

// A fixed piece of CPU work, the kind the stack does most (JSON in and out, sorting): the same
// input every time, so its time says how fast the host ran just then.
function fixedWork() {
  const documents = Array.from({ length: 20_000 }, (_, index) => ({
    id: `i-${((index * 2_654_435_761) % 4_294_967_296).toString(16).padStart(17, '0')}`,
    state: index % 7 === 0 ? 'stopped' : 'running',
    tags: [{ Key: 'Name', Value: `web-${index}` }],
  }));
  const parsed = JSON.parse(JSON.stringify(documents));
  return parsed.sort((a, b) => a.id.localeCompare(b.id)).length;
}

/**
 * Milliseconds the fixed work takes on this host now (median of 5, after one warm-up).
 *
 * @example
 * calibrationMs(); // 21.4
 */
export function calibrationMs() {
  fixedWork();
  const times = [];
  for (let round = 0; round < 5; round++) {
    const start = performance.now();
    fixedWork();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[2];
}

/**
 * One line on the host's state, for a bench's output.
 *
 * @example
 * hostLine('before'); // 'Host before: 2 cores, load 1.4, CPU pressure 0.2 % (10 s) / 7.3 % (60 s), fixed work 21 ms'
 */
export function hostLine(when) {
  const pressure = cpuPressure();
  const pressureText = pressure
    ? `CPU pressure ${pressure.avg10.toFixed(1)} % (10 s) / ${pressure.avg60.toFixed(1)} % (60 s)`
    : 'CPU pressure unknown (no /proc/pressure/cpu)';
  return `Host ${when}: ${cpus().length} cores, load ${(loadavg()[0] ?? 0).toFixed(1)}, ${pressureText}, fixed work ${calibrationMs().toFixed(0)} ms`;
}
