'use strict';
/**
 * Local only: what the Lambda service does for tracing, done inside serverless-offline. The
 * launcher starts serverless-offline with `--require` of this file when tracing is on; its main
 * thread and every worker thread (one per warm function instance) load it before the handler.
 *
 * In a worker, per invocation, before the handler runs, it reads the trace header API Gateway
 * passed on (`X-Amzn-Trace-Id`, written by the launcher's gateway proxy; a scheduled invocation
 * gets a trace of its own, as on Lambda) and sets `_X_AMZN_TRACE_ID`
 * (`Root=…;Parent=<function segment>;Sampled=1`) as the Lambda runtime does. Once the handler's
 * answer is on its way, it writes the two segments Lambda writes: the `AWS::Lambda` service
 * segment and the `AWS::Lambda::Function` segment the handler's own subsegments (Powertools
 * Tracer) hang under. Handlers and the kit are unchanged.
 *
 * Lambda uploads those segments itself, outside the function: the worker hands them over a
 * BroadcastChannel to an upload thread that the main thread starts, which uploads them in batches
 * to the X-Ray API (segment-upload.cjs). Not from the function's worker: the X-Ray SDK there
 * captures every HTTP call made while an invocation's segment is current, and the upload would
 * show up in the traces. Not on the main thread either: every request passes through it, and a
 * batch's serialising and signing would run in between (the tracing-overhead bench did not tell
 * the two apart, 1.127–1.142 against 1.079–1.145). What is still queued when serverless-offline
 * is stopped (at most about a second's worth) is not sent.
 */
const {
  BroadcastChannel,
  isMainThread,
  parentPort,
  Worker,
  workerData,
} = require('node:worker_threads');
const { randomBytes } = require('node:crypto');
const { timedBatch } = require('./timed-batch.cjs');

// From serverless-offline's function workers to the upload thread, within one process.
const LAMBDA_SEGMENTS = 'local-lambda-segments';
const HAND_OVER_MS = 250;

const id = () => randomBytes(8).toString('hex');
const newTraceId = () =>
  `1-${Math.floor(Date.now() / 1000).toString(16)}-${randomBytes(12).toString('hex')}`;

function traceHeaderOf(event) {
  const headers = (event && typeof event === 'object' && event.headers) || {};
  for (const [name, value] of Object.entries(headers))
    if (name.toLowerCase() === 'x-amzn-trace-id' && typeof value === 'string') return value;
  return undefined;
}

function parseTraceHeader(header) {
  const fields = Object.fromEntries(
    header
      .split(';')
      .map((part) => part.trim().split('='))
      .filter((pair) => pair.length === 2),
  );
  return { root: fields.Root, parent: fields.Parent, sampled: fields.Sampled !== '0' };
}

function startInWorker() {
  const toUploadThread = new BroadcastChannel(LAMBDA_SEGMENTS);
  toUploadThread.unref();
  // Handed over a few times a second rather than per invocation: each message is copied and
  // wakes the upload thread, which shares the cores with the request path.
  const toHandOver = timedBatch({
    afterMs: HAND_OVER_MS,
    handOver: (segments) => toUploadThread.postMessage(segments),
  });
  const name = process.env.AWS_LAMBDA_FUNCTION_NAME || 'function';
  const region = process.env.AWS_REGION || 'us-east-1';
  const arn = `arn:aws:lambda:${region}:123456789012:function:${name}`;

  // The two segments Lambda writes for one invocation: the service's and the function's.
  function lambdaSegments(context, ids, startTime, endTime, value) {
    const failed = value instanceof Error;
    const common = {
      name,
      trace_id: context.root,
      start_time: startTime,
      end_time: endTime,
      resource_arn: arn,
    };
    return [
      {
        ...common,
        id: ids.lambda,
        ...(context.parent ? { parent_id: context.parent } : {}),
        origin: 'AWS::Lambda',
        aws: { function_arn: arn, region },
        http: { response: { status: 200 } },
      },
      {
        ...common,
        id: ids.function,
        parent_id: ids.lambda,
        origin: 'AWS::Lambda::Function',
        ...(failed
          ? {
              // An authorizer's 'Unauthorized' is API Gateway's 401 (a refused token): the
              // caller's error, as the API stage records it, not a fault of the function.
              ...(value.message === 'Unauthorized' ? { error: true } : { fault: true }),
              cause: { exceptions: [{ id: id(), type: value.name, message: value.message }] },
            }
          : {}),
      },
    ];
  }

  function prepare(message) {
    if (!message || !message.port) return;
    const header = traceHeaderOf(message.event);
    const context = header
      ? parseTraceHeader(header)
      : { root: newTraceId(), parent: undefined, sampled: true };
    const bytes = randomBytes(16).toString('hex');
    const ids = { lambda: bytes.slice(0, 16), function: bytes.slice(16) };
    process.env._X_AMZN_TRACE_ID = `Root=${context.root};Parent=${ids.function};Sampled=${context.sampled ? 1 : 0}`;
    if (!context.sampled) return;
    const startTime = Date.now() / 1000;
    const answer = message.port.postMessage.bind(message.port);
    let sent = false;
    message.port.postMessage = (value) => {
      // serverless-offline posts twice after a thrown error (the error, then undefined).
      if (sent) return answer(value);
      sent = true;
      const endTime = Date.now() / 1000;
      // As Lambda logs an invocation error: serverless-offline alone does not say which.
      if (value instanceof Error)
        console.error(`[${name}] invocation failed: ${value.stack || value.message}`);
      const answered = answer(value);
      // Lambda writes these segments outside the function: the caller has its answer first.
      setImmediate(() =>
        toHandOver.add(...lambdaSegments(context, ids, startTime, endTime, value)),
      );
      return answered;
    };
  }

  // Wrap serverless-offline's own message listener rather than adding one: a listener added now
  // would receive the first invocation before the (asynchronously loaded) runner listens.
  const on = parentPort.on;
  parentPort.on = parentPort.addListener = function (event, listener) {
    if (event !== 'message') return on.call(this, event, listener);
    return on.call(this, event, (message) => {
      try {
        prepare(message);
      } catch (error) {
        // Tracing must never keep an invocation from running.
        console.error('lambda-invocation-trace: no trace for this invocation', error);
      }
      listener(message);
    });
  };
}

const UPLOAD_THREAD = 'lambda-segment-upload';

// The Lambda service's side, on a thread of its own: every worker's segments, uploaded in batches.
function startUploadThread() {
  const { segmentUploader } = require('./segment-upload.cjs');
  const uploader = segmentUploader();
  // Listening keeps this thread alive; the main thread does not wait for it (unref below).
  const fromWorkers = new BroadcastChannel(LAMBDA_SEGMENTS);
  fromWorkers.onmessage = ({ data }) => {
    for (const segment of data) uploader.add(segment);
  };
}

function startInMainThread() {
  // `execArgv: []`: without this file and the other preloads, which are for function workers.
  const thread = new Worker(__filename, { execArgv: [], workerData: { role: UPLOAD_THREAD } });
  thread.unref();
  thread.on('error', (error) =>
    console.error('lambda-invocation-trace: the segment upload thread stopped', error),
  );
}

if (process.env.AWS_XRAY_DAEMON_ADDRESS) {
  if (isMainThread) startInMainThread();
  else if (workerData && workerData.role === UPLOAD_THREAD) startUploadThread();
  else if (parentPort) {
    // What the Lambda runtime sets: Powertools Tracer switches on only inside Lambda.
    process.env.AWS_EXECUTION_ENV = process.env.AWS_EXECUTION_ENV || 'AWS_Lambda_nodejs22.x';
    process.env.LAMBDA_TASK_ROOT = process.env.LAMBDA_TASK_ROOT || '/var/task';
    startInWorker();
  }
}
