import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eventually } from '@fleet/testing';
import { freePort } from '../free-port';
import { startGatewayProxy, type GatewayProxy } from './gateway-proxy';

// Real loopback wires: a stand-in for serverless-offline, the proxy, and an HTTP server standing
// in for the X-Ray API, which keeps what the proxy uploads (the local X-Ray's own handling of
// PutTraceSegments is in tools/local-aws' conformance spec).
let upstream: Server;
let seen: IncomingHttpHeaders[];
/** Each request serverless-offline's stand-in read: path, body, and its turn on its connection. */
let received: { path: string; body: string; onConnection: number }[];
let xray: Server;
let uploads: { path: string; scope: string; documents: string[] }[];
let xrayAnswer: string;
let proxy: GatewayProxy | undefined;

const portOf = (server: Server): number => (server.address() as AddressInfo).port;
const uploaded = (): string[] => uploads.flatMap((upload) => upload.documents);

beforeEach(async () => {
  seen = [];
  received = [];
  uploads = [];
  const requestsOn = new WeakMap<object, number>();
  xrayAnswer = '{"UnprocessedTraceSegments":[]}';
  upstream = createServer((request, response) => {
    seen.push(request.headers);
    const onConnection = (requestsOn.get(request.socket) ?? 0) + 1;
    requestsOn.set(request.socket, onConnection);
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => received.push({ path: request.url ?? '', body, onConnection }));
    // What the keep-alive race looks like from the client: a kept connection closes as a request
    // goes out on it, unread. `/closing` does that to any request after a connection's first;
    // `/closed` to every request.
    const closing = request.url === '/closing' && onConnection > 1;
    if (closing || request.url === '/closed') return void request.socket.destroy();
    if (request.url === '/cut') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"items":[');
      setTimeout(() => response.socket?.destroy(), 20);
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{"items":[]}');
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  xray = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      uploads.push({
        path: request.url ?? '',
        // The SigV4 scope: the local AWS routes by it, as AWS does.
        scope:
          /Credential=[^/]+\/\d{8}\/([^/]+\/[^/]+)\//.exec(
            request.headers.authorization ?? '',
          )?.[1] ?? '',
        documents: (JSON.parse(body) as { TraceSegmentDocuments: string[] }).TraceSegmentDocuments,
      });
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(xrayAnswer);
    });
  });
  await new Promise<void>((resolve) => xray.listen(0, '127.0.0.1', resolve));
});

afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
  await new Promise<void>((resolve) => upstream.close(() => resolve()));
  await new Promise<void>((resolve) => xray.close(() => resolve()));
});

async function start(
  tracing: boolean,
  target = portOf(upstream),
  xrayPort = portOf(xray),
): Promise<{ url: string; logged: string[] }> {
  const logged: string[] = [];
  proxy = await startGatewayProxy({
    port: 0,
    target,
    xrayEndpoint: tracing ? `http://127.0.0.1:${xrayPort}` : undefined,
    stageName: 'local-fleet-console/local',
    log: (line) => logged.push(line),
  });
  return { url: `http://127.0.0.1:${proxy.port}`, logged };
}

const until = async (done: () => boolean): Promise<void> => {
  await eventually(async () => done(), Boolean, { attempts: 200, everyMs: 10 });
};

describe('the local API Gateway proxy', () => {
  it('passes a request on untouched and sends no segment when tracing is off', async () => {
    const { url } = await start(false);

    const response = await fetch(`${url}/instances?limit=50`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ items: [] });
    expect(response.headers.get('x-amzn-trace-id')).toBeNull();
    expect(seen[0]?.['x-amzn-trace-id']).toBeUndefined();
    await proxy?.close();
    proxy = undefined;
    expect(uploads).toEqual([]);
  });

  it("drops serverless-offline's authorizer-override header, which API Gateway does not have", async () => {
    const { url } = await start(false);

    await fetch(`${url}/audit/reconcile`, {
      method: 'POST',
      headers: { 'sls-offline-authorizer-override': '{"roles":"admins"}' },
    });

    expect(seen[0]?.['sls-offline-authorizer-override']).toBeUndefined();
  });

  it('gives each request a trace and uploads its stage segment to the X-Ray API when tracing is on', async () => {
    const { url } = await start(true);

    const response = await fetch(`${url}/instances?limit=50`);
    await response.arrayBuffer();
    await until(() => uploads.length > 0);

    const passed = String(seen[0]?.['x-amzn-trace-id']);
    const root = /Root=([^;]+);Parent=([0-9a-f]{16});Sampled=1/.exec(passed);
    expect(response.headers.get('x-amzn-trace-id')).toBe(`Root=${root?.[1]};Sampled=1`);
    expect(uploads[0]).toMatchObject({ path: '/TraceSegments', scope: 'us-east-1/xray' });
    expect(JSON.parse(uploads[0]?.documents[0] ?? '')).toMatchObject({
      trace_id: root?.[1],
      id: root?.[2],
      origin: 'AWS::ApiGateway::Stage',
      http: { response: { status: 200 } },
    });
  });

  it('uploads the segments of many requests in one batch, and what is queued when it closes', async () => {
    const { url } = await start(true);

    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        fetch(`${url}/instances`).then((response) => response.text()),
      ),
    );
    await proxy?.close();
    proxy = undefined;

    expect(answers).toHaveLength(5);
    expect(uploaded()).toHaveLength(5);
    expect(uploads.length).toBeLessThan(5);
    expect(new Set(uploaded().map((document) => JSON.parse(document).trace_id)).size).toBe(5);
  });

  it('logs a segment X-Ray refuses, with its id and the reason', async () => {
    xrayAnswer = JSON.stringify({
      UnprocessedTraceSegments: [
        { Id: '0123456789abcdef', ErrorCode: 'InvalidSegment', Message: 'Invalid segment.' },
      ],
    });
    const { url, logged } = await start(true);

    await (await fetch(`${url}/instances`)).arrayBuffer();
    await proxy?.close();
    proxy = undefined;

    expect(logged).toEqual([
      'segment-upload: X-Ray refused segment 0123456789abcdef: Invalid segment.',
    ]);
  });

  it('still answers when X-Ray cannot be reached, and logs the segments it lost', async () => {
    const { url, logged } = await start(true, portOf(upstream), await freePort());

    const response = await fetch(`${url}/instances`);
    await response.arrayBuffer();
    await proxy?.close();
    proxy = undefined;

    expect(response.status).toBe(200);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^segment-upload: 1 segments lost: .*ECONNREFUSED/);
  });

  it('answers a bare 502 and logs the cause when serverless-offline does not answer', async () => {
    const { url, logged } = await start(false, await freePort());

    const response = await fetch(`${url}/instances`);

    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({ message: 'Bad Gateway' });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/GET \/instances: .*ECONNREFUSED/);
  });

  it('sends a request again, body and all, when the kept connection it went out on was closing', async () => {
    const { url, logged } = await start(false);
    const post = (): Promise<Response> =>
      fetch(`${url}/closing`, { method: 'POST', body: '{"instanceIds":["i-1"]}' });

    // The first request opens the connection the proxy keeps; the second goes out on it.
    expect((await post()).status).toBe(200);
    const second = await post();

    expect(second.status).toBe(200);
    expect(await second.json()).toEqual({ items: [] });
    await until(() => received.length === 3);
    expect(received).toEqual([
      { path: '/closing', body: '{"instanceIds":["i-1"]}', onConnection: 1 },
      { path: '/closing', body: '{"instanceIds":["i-1"]}', onConnection: 2 },
      { path: '/closing', body: '{"instanceIds":["i-1"]}', onConnection: 1 },
    ]);
    expect(logged).toEqual([
      expect.stringMatching(/POST \/closing: the kept connection .* was closed .*; sent again/),
    ]);
  });

  it('sends a request again once at most, and only after a kept connection closed under it', async () => {
    const { url, logged } = await start(false);
    await fetch(`${url}/instances`);

    // Out on the kept connection, closed; again on a new one, closed too. A new connection that
    // closes is not the race: a 502, no third try.
    expect((await fetch(`${url}/closed`)).status).toBe(502);
    await until(() => received.length === 3);
    expect(received.map((request) => request.path)).toEqual(['/instances', '/closed', '/closed']);
    expect(logged).toEqual([
      expect.stringMatching(/GET \/closed: the kept connection .*; sent again/),
      expect.stringMatching(/GET \/closed: serverless-offline .* failed: ECONNRESET/),
    ]);
  });

  it('breaks an answer cut short mid-body rather than finish it, and logs the cause', async () => {
    const { url, logged } = await start(false);

    const read = fetch(`${url}/cut`).then((response) => response.text());

    await expect(read).rejects.toThrow();
    expect(logged[0]).toMatch(/GET \/cut: .*(ECONNRESET|aborted)/);
  });
});
