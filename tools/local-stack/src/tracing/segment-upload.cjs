'use strict';
/**
 * Local only: how the emulated AWS services write their segments. On AWS, API Gateway and the
 * Lambda service do not send segments through a daemon; they upload them to the X-Ray API
 * themselves, in batches, off the request's path. The local stack's stand-ins (the gateway proxy,
 * the Lambda preload's upload thread in serverless-offline) do the same with this uploader:
 * documents are queued and go to `PutTraceSegments` every FLUSH_MS or MAX_DOCUMENTS, whichever
 * comes first, so the local X-Ray takes one request per batch instead of a datagram per
 * document. The functions' own subsegments still go over UDP to `AWS_XRAY_DAEMON_ADDRESS`, as
 * the X-Ray SDK sends them inside Lambda.
 *
 * Plain CommonJS: the Lambda preload's upload thread loads it inside serverless-offline, with no
 * TypeScript loader (types in segment-upload.d.cts).
 */
const { PutTraceSegmentsCommand, XRayClient } = require('@aws-sdk/client-xray');
const { timedBatch } = require('./timed-batch.cjs');

// A trace is complete within about a second of its answer (on AWS, within seconds). Each upload
// is a signed HTTP call, a few milliseconds of CPU on a busy 2-core machine, so not ten a second.
const FLUSH_MS = 1_000;
// Documents per call. The X-Ray daemon sends 50 a call to AWS; this uploader only ever talks to
// the local X-Ray, which takes any number, and each call costs CPU beside the request path (the
// proxy's own event loop serves requests): at 50 a call, three calls a second instead of one at
// the bench's pace. Measured while the Lambda segments were still uploaded from
// serverless-offline's main thread, the tracing-overhead ratio read higher at 50 (1.198–1.356,
// 3 runs) than at 500 (1.083–1.227, 9 runs); back to back on a like host, 1.356 against 1.215.
// A noisy host, few runs: a lean, not a proof.
const MAX_DOCUMENTS = 500;

/**
 * @param {{ client?: import('@aws-sdk/client-xray').XRayClientConfig, log?: (line: string) => void }} [options]
 *   `client`: where the X-Ray API is (by default from the environment: `AWS_ENDPOINT_URL_XRAY`,
 *   `AWS_REGION` and the credentials, as every SDK client reads them); `log`: where refusals and
 *   failed uploads are reported (a lost segment must not go unnoticed, nor break a request).
 */
function segmentUploader(options = {}) {
  const client = new XRayClient(options.client ?? {});
  const log = options.log ?? ((line) => console.error(line));
  let sending = Promise.resolve();

  // One upload at a time, in order: a segment never overtakes the one sent before it.
  function upload(documents) {
    sending = sending
      .then(() => client.send(new PutTraceSegmentsCommand({ TraceSegmentDocuments: documents })))
      .then((answer) => {
        for (const refused of answer.UnprocessedTraceSegments ?? [])
          log(`segment-upload: X-Ray refused segment ${refused.Id ?? '?'}: ${refused.Message}`);
      })
      .catch((error) =>
        log(`segment-upload: ${documents.length} segments lost: ${error.name}: ${error.message}`),
      );
  }
  const batch = timedBatch({ afterMs: FLUSH_MS, maxItems: MAX_DOCUMENTS, handOver: upload });

  /** Uploads what is queued now; resolves once every upload so far has finished. */
  function flush() {
    batch.flush();
    return sending;
  }

  return {
    /** Queues one segment document; it is uploaded with the next batch. */
    add(document) {
      batch.add(JSON.stringify(document));
    },
    flush,
    /** Uploads what is queued and lets the client go. */
    async close() {
      await flush();
      client.destroy();
    },
  };
}

module.exports = { segmentUploader };
