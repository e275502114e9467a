import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DeleteCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { indexKeysOf, sealRecord } from '@fleet/audit-domain';
import type { AuditRecord, AuditVerification, Instance } from '@fleet/contract';
import {
  LOCAL_AUDIT_TABLES,
  callApi,
  instanceSupply,
  localDynamoDb,
  jsonPost,
} from '@fleet/testing';

const verify = (query = '') =>
  callApi<AuditVerification>(`/audit/verify${query}`, { method: 'POST' });

type Item = Record<string, unknown>;

async function itemsOf(chain: string): Promise<Item[]> {
  const output = await localDynamoDb().send(
    new QueryCommand({
      TableName: LOCAL_AUDIT_TABLES.records,
      KeyConditionExpression: 'chain = :c',
      ExpressionAttributeValues: { ':c': chain },
    }),
  );
  return output.Items ?? [];
}
const put = (item: Item) =>
  localDynamoDb().send(new PutCommand({ TableName: LOCAL_AUDIT_TABLES.records, Item: item }));
const remove = (item: Item) =>
  localDynamoDb().send(
    new DeleteCommand({
      TableName: LOCAL_AUDIT_TABLES.records,
      Key: { chain: item.chain, seq: item.seq },
    }),
  );

async function cli(chain: string): Promise<{ code: number; report: AuditVerification }> {
  const args = [
    'tsx',
    'libs/audit/dynamodb/src/cli/verify.ts',
    '--table',
    LOCAL_AUDIT_TABLES.records,
    '--anchors',
    LOCAL_AUDIT_TABLES.anchors,
  ];
  try {
    const { stdout } = await promisify(execFile)('npx', [
      ...args,
      '--endpoint',
      process.env.DYNAMODB_URL ?? '',
      '--chain',
      chain,
    ]);
    return { code: 0, report: JSON.parse(stdout) as AuditVerification };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, report: JSON.parse(failed.stdout) as AuditVerification };
  }
}

describe('POST /audit/verify and the verify command', () => {
  let instance: Instance;
  let chain: string;
  let query: string;
  let original: Item[];

  beforeAll(async () => {
    instance = await (await instanceSupply('identity')).next('running');
    chain = `${instance.region}/${instance.id}`;
    query = `?region=${instance.region}&instance=${instance.id}`;
    await callApi('/instances/reboot', jsonPost({ region: instance.region, id: instance.id }));
    await callApi('/instances/reboot', jsonPost({ region: instance.region, id: instance.id }));
    original = (await itemsOf(chain)).sort((a, b) => Number(a.seq) - Number(b.seq));
  });

  afterEach(async () => {
    // Put the chain back exactly as it was: every other test (and a full verification) sees it clean.
    for (const item of await itemsOf(chain)) await remove(item);
    for (const item of original) await put(item);
  });

  it('finds an untouched chain clean and anchors its head', async () => {
    const { status, body } = await verify(query);

    expect(status).toBe(200);
    expect(body).toMatchObject({
      ok: true,
      chainsChecked: 1,
      recordsChecked: original.length,
      findings: [],
    });
  });

  it('verifies the whole trail clean', async () => {
    const { body } = await verify();

    expect(body.findings).toEqual([]);
    expect(body.ok).toBe(true);
    expect(body.chainsChecked).toBeGreaterThanOrEqual(1);
  });

  it('catches an edited record, from the endpoint and the command alike', async () => {
    await put({ ...original[1], reason: 'nothing to see here' });

    const { body } = await verify(query);
    const command = await cli(chain);

    expect(body.ok).toBe(false);
    expect(body.findings).toEqual([expect.objectContaining({ kind: 'edited', seq: 2 })]);
    expect(command.code).toBe(1);
    expect(command.report.findings).toEqual(body.findings);
  });

  it('catches a deleted record', async () => {
    await remove(original[1] as Item);

    expect((await verify(query)).body.findings).toEqual([
      expect.objectContaining({ kind: 'missing', seq: 2 }),
    ]);
  });

  it('catches the deletion of the newest records, through the anchor', async () => {
    await verify(query);
    await remove(original[original.length - 1] as Item);
    await remove(original[original.length - 2] as Item);

    const { body } = await verify(query);

    expect(body.ok).toBe(false);
    expect(body.findings).toEqual([
      expect.objectContaining({ kind: 'truncated', seq: original.length }),
    ]);
  });

  it('catches an inserted record, even one carrying a valid hash of its own', async () => {
    const last = original[original.length - 1] as unknown as AuditRecord;
    const {
      id: _id,
      hash: _hash,
      chain: _chain,
      seq: _seq,
      at: _at,
      prevHash: _prev,
      ...entry
    } = last;
    const forged = await sealRecord(
      { ...entry, reason: 'forged' },
      { chain, seq: 2, at: last.at, prevHash: String(original[0]?.hash) },
    );
    // Slide the records from seq 2 up by one to make room for the forgery.
    for (const item of [...original].reverse().slice(0, original.length - 1))
      await put({ ...item, seq: Number(item.seq) + 1 });
    await put({ ...forged, ...indexKeysOf(forged) });

    const { body } = await verify(query);

    expect(body.ok).toBe(false);
    expect(body.findings.map((finding) => finding.kind)).toContain('edited');
  });

  it('answers 403 to an operator', async () => {
    expect((await callApi('/audit/verify', { method: 'POST' }, { as: 'operator' })).status).toBe(
      403,
    );
  });
});
