import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLocalAws, type LocalAws } from '../index';

// A stand-in for DynamoDB: echoes the target header and body it received.
function startEcho(): Promise<Server> {
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'application/x-amz-json-1.0', 'x-amz-crc32': '1' });
      response.end(JSON.stringify({ target: request.headers['x-amz-target'], body }));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const dynamoCall = (url: string): Promise<Response> =>
  fetch(url, {
    method: 'POST',
    headers: {
      authorization:
        'AWS4-HMAC-SHA256 Credential=local/20261126/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=x',
      'x-amz-target': 'DynamoDB_20120810.PutItem',
      'content-type': 'application/x-amz-json-1.0',
    },
    body: '{"TableName":"t"}',
  });

describe('forwarded services', () => {
  let echo: Server;
  let aws: LocalAws;

  beforeAll(async () => {
    echo = await startEcho();
    aws = await createLocalAws({
      quiet: true,
      instances: 1,
      forward: { dynamodb: `http://127.0.0.1:${(echo.address() as AddressInfo).port}` },
    });
  });

  afterAll(async () => {
    await aws.close();
    await new Promise((resolve) => echo.close(resolve));
  });

  it('passes a DynamoDB call on unchanged, answers what the target answered, and counts it', async () => {
    const response = await dynamoCall(aws.url);

    expect(response.status).toBe(200);
    expect(response.headers.get('x-amz-crc32')).toBe('1');
    expect(await response.json()).toEqual({
      target: 'DynamoDB_20120810.PutItem',
      body: '{"TableName":"t"}',
    });
    const counters = (await (await fetch(`${aws.url}/_local/counters`)).json()) as {
      services: Record<string, { total: number }>;
    };
    expect(counters.services.dynamodb?.total).toBe(1);
  });

  it('makes the forwarded service unavailable under a fault rule, without reaching the target', async () => {
    await fetch(`${aws.url}/_local/faults`, {
      method: 'PUT',
      body: JSON.stringify({ rules: [{ service: 'dynamodb', unavailable: 1 }] }),
    });

    const response = await dynamoCall(aws.url);

    expect(response.status).toBe(503);
    expect(((await response.json()) as { __type: string }).__type).toBe('ServiceUnavailable');
    await fetch(`${aws.url}/_local/faults`, { method: 'DELETE' });
  });
});
