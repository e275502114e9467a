import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import type { AwsResponse } from '../service-handler';
import type { AdminResponse } from './admin-routes';
import type { RawCall } from './aws-router';

/** Where the server hands AWS calls and `/_local/` admin calls. */
export interface HttpServerHandlers {
  readonly aws: (call: RawCall) => Promise<AwsResponse>;
  readonly admin: (method: string, path: string, body: string) => Promise<AdminResponse>;
}

/** A listening server and how to stop it. */
export interface StartedServer {
  readonly server: Server;
  readonly port: number;
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      try {
        const raw = Buffer.concat(chunks);
        // The SDK gzips large bodies of operations AWS marks for it (CloudWatch PutMetricData
        // from 10 KB), as AWS accepts.
        const gzipped = /\bgzip\b/i.test(String(request.headers['content-encoding'] ?? ''));
        resolve((gzipped ? gunzipSync(raw) : raw).toString('utf8'));
      } catch (error) {
        reject(error as Error);
      }
    });
    request.on('error', reject);
  });
}

function send(
  response: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: string,
): void {
  response.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(body) });
  response.end(body);
}

/** Starts the HTTP server on `host:port` (port 0 picks a free one). */
export async function startHttpServer(
  host: string,
  port: number,
  handlers: HttpServerHandlers,
): Promise<StartedServer> {
  const server = createServer((request, response) => {
    void (async (): Promise<void> => {
      try {
        const body = await readBody(request);
        const url = request.url ?? '/';
        const path = url.split('?')[0] as string;
        if (path.startsWith('/_local/')) {
          const answer = await handlers.admin(request.method ?? 'GET', path, body);
          if (answer.json === undefined) send(response, answer.status, {}, '');
          else
            send(
              response,
              answer.status,
              { 'content-type': 'application/json' },
              JSON.stringify(answer.json),
            );
          return;
        }
        const answer = await handlers.aws({ url, headers: request.headers, body });
        send(response, answer.status, answer.headers, answer.body);
      } catch (error) {
        console.error('local-aws: request failed', error);
        if (!response.headersSent)
          send(response, 500, { 'content-type': 'text/plain' }, 'local-aws internal error');
      }
    })();
  });
  // SDK clients keep connections alive; without this, close() would wait for them to time out.
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return {
    server,
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
