import { createSocket, type Socket } from 'node:dgram';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { freePort } from '../free-port';
import { startGatewayProxy, type GatewayProxy } from './gateway-proxy';

// Real loopback wires: a stand-in for serverless-offline, the proxy, a UDP socket as the collector.
let upstream: Server;
let seen: IncomingHttpHeaders[];
let collector: Socket;
let datagrams: string[];
let proxy: GatewayProxy | undefined;

const portOf = (server: Server | Socket): number => (server.address() as AddressInfo).port;

beforeEach(async () => {
  seen = [];
  datagrams = [];
  upstream = createServer((request, response) => {
    seen.push(request.headers);
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
  collector = createSocket('udp4');
  collector.on('message', (message) => datagrams.push(message.toString('utf8')));
  await new Promise<void>((resolve) => collector.bind(0, '127.0.0.1', resolve));
});

afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
  await new Promise<void>((resolve) => upstream.close(() => resolve()));
  await new Promise<void>((resolve) => collector.close(() => resolve()));
});

async function start(
  tracing: boolean,
  target = portOf(upstream),
): Promise<{ url: string; logged: string[] }> {
  const logged: string[] = [];
  proxy = await startGatewayProxy({
    port: 0,
    target,
    daemonAddress: tracing ? `127.0.0.1:${portOf(collector)}` : undefined,
    stageName: 'local-fleet-console/local',
    log: (line) => logged.push(line),
  });
  return { url: `http://127.0.0.1:${proxy.port}`, logged };
}

const until = async (done: () => boolean): Promise<void> => {
  for (let waited = 0; !done() && waited < 2_000; waited += 10)
    await new Promise((resolve) => setTimeout(resolve, 10));
};

describe('the local API Gateway proxy', () => {
  it('passes a request on untouched and sends no segment when tracing is off', async () => {
    const { url } = await start(false);

    const response = await fetch(`${url}/instances?limit=50`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ items: [] });
    expect(response.headers.get('x-amzn-trace-id')).toBeNull();
    expect(seen[0]?.['x-amzn-trace-id']).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(datagrams).toEqual([]);
  });

  it("drops serverless-offline's authorizer-override header, which API Gateway does not have", async () => {
    const { url } = await start(false);

    await fetch(`${url}/audit/reconcile`, {
      method: 'POST',
      headers: { 'sls-offline-authorizer-override': '{"roles":"admins"}' },
    });

    expect(seen[0]?.['sls-offline-authorizer-override']).toBeUndefined();
  });

  it('gives each request a trace and sends its stage segment when tracing is on', async () => {
    const { url } = await start(true);

    const response = await fetch(`${url}/instances?limit=50`);
    await response.arrayBuffer();
    await until(() => datagrams.length > 0);

    const passed = String(seen[0]?.['x-amzn-trace-id']);
    const root = /Root=([^;]+);Parent=([0-9a-f]{16});Sampled=1/.exec(passed);
    expect(response.headers.get('x-amzn-trace-id')).toBe(`Root=${root?.[1]};Sampled=1`);
    const [header, body] = (datagrams[0] ?? '').split('\n');
    expect(JSON.parse(header ?? '')).toEqual({ format: 'json', version: 1 });
    expect(JSON.parse(body ?? '')).toMatchObject({
      trace_id: root?.[1],
      id: root?.[2],
      origin: 'AWS::ApiGateway::Stage',
      http: { response: { status: 200 } },
    });
  });

  it('answers a bare 502 and logs the cause when serverless-offline does not answer', async () => {
    const { url, logged } = await start(false, await freePort());

    const response = await fetch(`${url}/instances`);

    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({ message: 'Bad Gateway' });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/GET \/instances: .*ECONNREFUSED/);
  });

  it('breaks an answer cut short mid-body rather than finish it, and logs the cause', async () => {
    const { url, logged } = await start(false);

    const read = fetch(`${url}/cut`).then((response) => response.text());

    await expect(read).rejects.toThrow();
    expect(logged[0]).toMatch(/GET \/cut: .*(ECONNRESET|aborted)/);
  });
});
