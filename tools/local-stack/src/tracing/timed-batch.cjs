'use strict';
/**
 * Local only: a queue that hands its items over in batches, after `afterMs` from the first item
 * queued or at `maxItems`, whichever comes first. The Lambda preload's workers use it to hand
 * their segments to the upload thread a few times a second, and the segment uploader to upload
 * them once a second: both keep per-request work off the request path. Plain CommonJS, for serverless-offline's threads (no TypeScript loader there).
 *
 * @template T
 * @param {{ afterMs: number, maxItems?: number, handOver: (items: T[]) => void }} options
 * @example
 * const batch = timedBatch({ afterMs: 250, handOver: (items) => channel.postMessage(items) });
 * batch.add(segment);
 */
function timedBatch({ afterMs, maxItems = Infinity, handOver }) {
  /** @type {T[]} */
  let pending = [];
  /** @type {NodeJS.Timeout | undefined} */
  let timer;

  /** Hands over what is queued now, if anything. */
  function flush() {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (pending.length === 0) return;
    const items = pending;
    pending = [];
    handOver(items);
  }

  return {
    /** Queues items; they go with the next batch. */
    add(...items) {
      pending.push(...items);
      if (pending.length >= maxItems) flush();
      else if (!timer) {
        timer = setTimeout(flush, afterMs);
        // A process with nothing else to do does not wait for the next batch.
        timer.unref();
      }
    },
    flush,
  };
}

module.exports = { timedBatch };
