import type { InstanceView } from '../../fleet/fleet-view';

/** Seconds between raw samples: 60 with detailed monitoring, 300 with basic. */
export function sampleSecondsOf(instance: InstanceView): number {
  return instance.detailedMonitoring ? 60 : 300;
}

/**
 * Calls `visit` with the start (ms) of every raw sample of the instance in [fromMs, toMs): a sample
 * exists when its window overlaps a running interval and has closed by `nowMs` (CloudWatch
 * publishes a datapoint once its minute or five minutes are over), so stops leave gaps.
 */
export function forEachRunningSample(
  instance: InstanceView,
  fromMs: number,
  toMs: number,
  nowMs: number,
  visit: (tMs: number) => void,
): void {
  const stepMs = sampleSecondsOf(instance) * 1000;
  const lastClosed = Math.floor(nowMs / stepMs) * stepMs - stepMs;
  let previous = -Infinity;
  for (const interval of instance.runningIntervals) {
    const intervalFrom = interval.from.getTime();
    const intervalTo = interval.to === null ? nowMs : interval.to.getTime();
    let t = Math.max(
      Math.floor(intervalFrom / stepMs) * stepMs,
      Math.ceil(fromMs / stepMs) * stepMs,
    );
    if (t <= previous) t = previous + stepMs; // two intervals in one window share one sample
    const end = Math.min(toMs, intervalTo, lastClosed + stepMs);
    for (; t < end; t += stepMs) {
      visit(t);
      previous = t;
    }
  }
}
