// The stack's services run in process groups of their own (so stopping one also stops what it
// spawned), which also means the terminal's Ctrl-C and this process's death never reach them: a
// Ctrl-C while `npm start` was still starting, or a crash, left the local AWS, dynalite, Cognito
// and serverless-offline running and holding their ports, and the next `npm start` failed.

const groups = new Set<number>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let guarding = false;

/** Sends `signal` to the process group `pid` leads; a group already gone is no error. */
export function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

function endGroups(): void {
  for (const pid of groups) signalGroup(pid, 'SIGTERM');
  groups.clear();
}

function guard(): void {
  if (guarding) return;
  guarding = true;
  // A normal exit or an uncaught error: 'exit' handlers run, and may only do synchronous work.
  process.on('exit', endGroups);
  for (const signal of SIGNALS) {
    const onSignal = (): void => {
      // Someone else handles this signal (npm start's graceful stop, a bench's teardown, jest):
      // they stop the services their way.
      if (process.listenerCount(signal) > 1) return;
      endGroups();
      // Then end as the signal would have ended us without a handler.
      process.off(signal, onSignal);
      process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
}

/**
 * Ends the process group `pid` leads (SIGTERM) when this process ends — a normal exit, an uncaught
 * error, or SIGINT/SIGTERM/SIGHUP that nothing else handles — unless it was released first.
 *
 * @example
 * const release = endWithThisProcess(child.pid);
 * child.on('exit', release);
 */
export function endWithThisProcess(pid: number): () => void {
  guard();
  groups.add(pid);
  return () => void groups.delete(pid);
}
