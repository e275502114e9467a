import { randomBytes } from 'node:crypto';
import {
  createServer,
  request as forward,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { segmentUploader, type SegmentUploader } from './segment-upload.cjs';

/** A running proxy and how to stop it. */
export interface GatewayProxy {
  readonly port: number;
  close(): Promise<void>;
}

/** Where the proxy listens and what it passes requests on to. */
export interface GatewayProxyOptions {
  readonly port: number;
  /** serverless-offline's own HTTP port. */
  readonly target: number;
  /**
   * The X-Ray API (the local AWS's URL): each request is traced as API Gateway traces it, and
   * its stage segment uploaded there. Undefined: tracing is off, and the proxy only passes
   * requests on, as API Gateway does then.
   */
  readonly xrayEndpoint: string | undefined;
  /** The segment's name, as API Gateway names it: `<api name>/<stage>`. */
  readonly stageName: string;
  /** Where the proxy says why it answered 502 (the body says only that the API is not answering). */
  readonly log: (line: string) => void;
}

/** serverless-offline's own header that stands in for the authorizer's answer. */
const AUTHORIZER_OVERRIDE = 'sls-offline-authorizer-override';

interface GatewayTrace {
  readonly root: string;
  readonly id: string;
  readonly start: number;
}

const id = (): string => randomBytes(8).toString('hex');
const newTraceId = (): string =>
  `1-${Math.floor(Date.now() / 1000).toString(16)}-${randomBytes(12).toString('hex')}`;

// API Gateway's flags: 4xx an error (429 also a throttle), 5xx a fault.
function flagsOf(status: number): Record<string, boolean> {
  if (status === 429) return { error: true, throttle: true };
  if (status >= 500) return { fault: true };
  return status >= 400 ? { error: true } : {};
}

function gatewaySegment(
  options: GatewayProxyOptions,
  request: IncomingMessage,
  trace: GatewayTrace,
  status: number,
): Record<string, unknown> {
  return {
    name: options.stageName,
    id: trace.id,
    trace_id: trace.root,
    start_time: trace.start,
    end_time: Date.now() / 1000,
    origin: 'AWS::ApiGateway::Stage',
    resource_arn: `arn:aws:apigateway:us-east-1::/restapis/local/stages/${options.stageName.split('/')[1]}`,
    http: {
      request: {
        method: request.method,
        url: `http://${request.headers.host ?? '127.0.0.1'}${request.url ?? '/'}`,
        user_agent: request.headers['user-agent'],
        client_ip: request.socket.remoteAddress,
      },
      response: { status },
    },
    ...flagsOf(status),
  };
}

function traceOf(
  request: IncomingMessage,
  uploader: SegmentUploader | undefined,
): GatewayTrace | undefined {
  // serverless-offline's readiness route is not part of the API.
  if (!uploader || (request.url ?? '').startsWith('/_ready')) return undefined;
  return { root: newTraceId(), id: id(), start: Date.now() / 1000 };
}

function failed(
  options: GatewayProxyOptions,
  request: IncomingMessage,
  response: ServerResponse,
): (error: NodeJS.ErrnoException) => void {
  return (error) => {
    options.log(
      `gateway proxy: ${request.method} ${request.url}: serverless-offline (port ${options.target}) failed: ${error.code ?? error.name}: ${error.message}`,
    );
    // Cut short mid-answer, the caller must see a broken answer, not a 200 with half a body.
    if (response.headersSent) return void response.destroy();
    // What API Gateway answers when its integration fails; the cause is in the log, not the body.
    response.writeHead(502, { 'content-type': 'application/json' });
    response.end('{"message":"Bad Gateway"}');
  };
}

/**
 * Local only: API Gateway in front of serverless-offline. It is there whether tracing is on or
 * off, as API Gateway is on AWS, so an untraced stack pays the same local hop as a traced one.
 * With tracing on, each request gets a new trace (`X-Amzn-Trace-Id: Root=…;Parent=<stage
 * segment>;Sampled=1` passed on, and returned to the caller as API Gateway does); when the answer
 * has gone out, the `AWS::ApiGateway::Stage` segment, with the request, the status and the flags
 * API Gateway sets, is queued for the next batch uploaded to the local X-Ray (as API Gateway
 * uploads its segments itself, not through a daemon). When serverless-offline does not answer, the caller
 * gets a bare 502 and the log says why. A request that met a kept connection closing under it is
 * sent once more, on a new connection.
 *
 * @example
 * const proxy = await startGatewayProxy({ port: 3000, target: 3001, xrayEndpoint: 'http://127.0.0.1:4566', stageName: 'local-fleet-console/local', log: console.error });
 */
export async function startGatewayProxy(options: GatewayProxyOptions): Promise<GatewayProxy> {
  const uploader = options.xrayEndpoint
    ? segmentUploader({
        client: {
          endpoint: options.xrayEndpoint,
          region: 'us-east-1',
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        },
        log: options.log,
      })
    : undefined;
  const server: Server = createServer((request, response) => {
    const trace = traceOf(request, uploader);
    const headers: OutgoingHttpHeaders = { ...request.headers };
    // serverless-offline lets this header replace the authorizer's context (roles included);
    // API Gateway has nothing like it, so a caller could claim any role: it never gets through.
    delete headers[AUTHORIZER_OVERRIDE];
    if (trace) headers['x-amzn-trace-id'] = `Root=${trace.root};Parent=${trace.id};Sampled=1`;
    const send = (body: Buffer, again: boolean): void => {
      const upstream = forward(
        {
          host: '127.0.0.1',
          port: options.target,
          method: request.method,
          path: request.url,
          headers,
          // Sent again: on a connection of its own, not another kept one.
          ...(again ? { agent: false } : {}),
        },
        (answer) => {
          const status = answer.statusCode ?? 502;
          const out = { ...answer.headers };
          if (trace) out['x-amzn-trace-id'] = `Root=${trace.root};Sampled=1`;
          response.writeHead(status, out);
          answer.on('error', failed(options, request, response));
          answer.pipe(response);
          // API Gateway writes its segment outside the request's path, once the answer is out.
          if (trace)
            response.once('finish', () =>
              uploader?.add(gatewaySegment(options, request, trace, status)),
            );
        },
      );
      upstream.on('error', (error: NodeJS.ErrnoException) => {
        // The keep-alive race: serverless-offline closed an idle kept connection just as this
        // request went out on it, so it never read the request, and sending it again on a new
        // connection is safe. API Gateway invokes Lambda without such connections, so its
        // callers never see this; the proxy's must not either (a bare 502 under load).
        if (!again && upstream.reusedSocket && error.code === 'ECONNRESET') {
          options.log(
            `gateway proxy: ${request.method} ${request.url}: the kept connection to serverless-offline was closed as the request went out; sent again on a new one`,
          );
          return send(body, true);
        }
        failed(options, request, response)(error);
      });
      upstream.end(body);
    };
    // The whole body first, as API Gateway reads it before invoking: the request can then be sent
    // again.
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => send(Buffer.concat(chunks), false));
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        // The last requests' segments are uploaded before the proxy is gone.
        server.close(() => void (uploader?.close() ?? Promise.resolve()).then(() => resolve()));
        server.closeAllConnections();
      }),
  };
}
