import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { verifyChain } from '@fleet/audit-domain';
import type { AuditEntry } from '@fleet/contract';
import { anAuditEntry } from '@fleet/testing';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readChain } from './audit-reader';
import { appendToChain } from './chain-appender';

// dynalite ships no types; it is the DynamoDB the local stack runs.
const dynalite = require('dynalite') as (options: { createTableMs: number }) => Server;

const TABLE = 'audit-spec';
const listen = (server: Server): Promise<string> =>
  new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );

// Passes calls on to DynamoDB; while `loseNextPut` is set, the next PutItem takes effect and its
// answer is replaced by a 500, as when the answer is lost on the way back.
function lossyProxy(target: string): { server: Server; loseNextPut: () => void } {
  let lose = false;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      void (async (): Promise<void> => {
        const headers = Object.fromEntries(
          Object.entries(request.headers).filter(
            ([name]) => !['host', 'connection', 'content-length'].includes(name),
          ),
        ) as Record<string, string>;
        const answer = await fetch(target, {
          method: 'POST',
          headers,
          body: Buffer.concat(chunks),
        });
        const body = await answer.text();
        if (lose && String(request.headers['x-amz-target']).endsWith('.PutItem')) {
          lose = false;
          response.writeHead(500, { 'content-type': 'application/x-amz-json-1.0' });
          response.end(JSON.stringify({ __type: 'InternalServerError', message: 'lost' }));
          return;
        }
        response.writeHead(answer.status, { 'content-type': 'application/x-amz-json-1.0' });
        response.end(body);
      })();
    });
  });
  return { server, loseNextPut: () => (lose = true) };
}

const entry = (instanceId: string, requestId: string): AuditEntry =>
  anAuditEntry({
    action: 'reboot',
    region: 'us-east-1',
    instanceId,
    requestId,
    traceId: requestId,
  });

describe('appendToChain', () => {
  let dynamo: Server;
  let proxy: ReturnType<typeof lossyProxy>;

  beforeAll(async () => {
    dynamo = dynalite({ createTableMs: 0 });
    const target = await listen(dynamo);
    proxy = lossyProxy(target);
    process.env.AWS_ENDPOINT_URL_DYNAMODB = await listen(proxy.server);
    process.env.AWS_REGION = 'us-east-1';
    process.env.AWS_ACCESS_KEY_ID = 'local';
    process.env.AWS_SECRET_ACCESS_KEY = 'local';
    const admin = new DynamoDBClient({ endpoint: target });
    await admin.send(
      new CreateTableCommand({
        TableName: TABLE,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [
          { AttributeName: 'chain', AttributeType: 'S' },
          { AttributeName: 'seq', AttributeType: 'N' },
        ],
        KeySchema: [
          { AttributeName: 'chain', KeyType: 'HASH' },
          { AttributeName: 'seq', KeyType: 'RANGE' },
        ],
      }),
    );
    admin.destroy();
  });

  afterAll(async () => {
    await new Promise((resolve) => proxy.server.close(resolve));
    await new Promise((resolve) => dynamo.close(resolve));
  });

  // The guarantee under test is "each once, unbroken", not speed: 40 writers on one chain take
  // about 40 rounds, and dynalite in this process spends 0.3 s a round on a quiet 2-core machine
  // (12.7 s in all), several times that beside other test files. So the budget is the test's own,
  // generous; the functions' budgets come from their timeout (appendBudgetMs).
  it('lands 40 concurrent appends to one chain, each once, in one unbroken chain', async () => {
    const requests = Array.from({ length: 40 }, (_, i) => `r${i}`);

    const records = await Promise.all(
      requests.map((id) =>
        appendToChain(TABLE, entry('i-0000000000000000a', id), { budgetMs: 100_000 }),
      ),
    );

    const chain = await readChain(TABLE, 'us-east-1/i-0000000000000000a');
    expect(records.map((r) => r.seq).sort((a, b) => a - b)).toEqual(requests.map((_, i) => i + 1));
    expect(chain.map((r) => r.requestId).sort()).toEqual([...requests].sort());
    expect((await verifyChain('us-east-1/i-0000000000000000a', chain, undefined)).findings).toEqual(
      [],
    );
  }, 120_000);

  it('recognises its own record after a put whose answer was lost, and does not append it twice', async () => {
    await appendToChain(TABLE, entry('i-0000000000000000b', 'first'), { budgetMs: 5_000 });
    proxy.loseNextPut();

    const record = await appendToChain(TABLE, entry('i-0000000000000000b', 'lost-answer'), {
      budgetMs: 5_000,
    });

    const chain = await readChain(TABLE, 'us-east-1/i-0000000000000000b');
    expect(chain.map((r) => r.requestId)).toEqual(['first', 'lost-answer']);
    expect(record.seq).toBe(2);
  });
});
