import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type {
  AuditPage,
  AuditRecord,
  Instance,
  InstanceDetail,
  InstancePage,
  InstanceState,
} from '@fleet/contract';
import { callApi } from './api-client';
import { eventually } from './eventually';

/** The audit tables of the local stack (stage `local`), as infra/audit.yml names them. */
export const LOCAL_AUDIT_TABLES = {
  records: 'fleet-console-local-audit',
  openAttempts: 'fleet-console-local-audit-open',
  anchors: 'fleet-console-local-audit-anchors',
  idempotency: 'fleet-console-local-idempotency',
} as const;

let client: DynamoDBDocumentClient | undefined;

/**
 * A document client on the stack's DynamoDB itself (not through the local AWS), so a test can
 * read and tamper with what the functions wrote, whatever faults are injected.
 *
 * @example
 * await localDynamoDb().send(new DeleteCommand({ TableName: LOCAL_AUDIT_TABLES.records, Key: { chain, seq } }));
 */
export function localDynamoDb(): DynamoDBDocumentClient {
  const endpoint = process.env.DYNAMODB_URL;
  if (!endpoint)
    throw new Error('DYNAMODB_URL is not set: run this test in jest\'s "stack" project');
  client ??= DynamoDBDocumentClient.from(
    new DynamoDBClient({
      endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    }),
  );
  return client;
}

/**
 * Instances of the seeded fleet matching a list query (as the admin sees them).
 *
 * @example
 * const [running] = await fleetInstances('state=running&tag=Team=payments&tag=Environment=staging');
 */
export async function fleetInstances(query: string): Promise<Instance[]> {
  const { status, body } = await callApi<InstancePage>(`/instances?limit=100&${query}`);
  if (status !== 200) throw new Error(`GET /instances?${query} answered ${status}`);
  return body.items;
}

/** Polls the instance until it is in one of `states` (the emulator moves in 300 ms in tests). */
export async function waitForInstanceState(
  instance: Pick<Instance, 'region' | 'id'>,
  states: readonly InstanceState[],
): Promise<Instance> {
  const { body } = await eventually(
    () => callApi<Instance>(`/instances/${instance.region}/${instance.id}`),
    (answer) => states.includes(answer.body.state),
    { attempts: 100, everyMs: 100 },
  );
  if (states.includes(body.state)) return body;
  throw new Error(`${instance.id} never reached ${states.join(' or ')}`);
}

/** Every audit record of one instance, newest first, as the admin reads them. */
export async function auditRecordsOf(
  instance: Pick<Instance, 'region' | 'id'>,
): Promise<AuditRecord[]> {
  const { status, body } = await callApi<AuditPage>(
    `/audit?region=${instance.region}&instance=${instance.id}&limit=100`,
  );
  if (status !== 200) throw new Error(`GET /audit answered ${status}: ${JSON.stringify(body)}`);
  return body.items;
}

/**
 * The instance as `GET /instances/{region}/{id}` answers it to the admin: tags, type, protection
 * and configuration included.
 *
 * @example
 * expect((await instanceDetailOf(instance)).type).toBe('m5.xlarge');
 */
export async function instanceDetailOf(
  instance: Pick<Instance, 'region' | 'id'>,
): Promise<InstanceDetail> {
  const { status, body } = await callApi<InstanceDetail>(
    `/instances/${instance.region}/${instance.id}`,
  );
  if (status !== 200) throw new Error(`GET ${instance.region}/${instance.id} answered ${status}`);
  return body;
}

// The claims open in the stack's audit (every page of them), those for one instance if asked.
async function openClaims(instanceId?: string): Promise<Record<string, unknown>[]> {
  const claims: Record<string, unknown>[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await localDynamoDb().send(
      new ScanCommand({
        TableName: LOCAL_AUDIT_TABLES.openAttempts,
        ExclusiveStartKey,
        ...(instanceId
          ? {
              FilterExpression: '#entry.instanceId = :id',
              ExpressionAttributeNames: { '#entry': 'entry' },
              ExpressionAttributeValues: { ':id': instanceId },
            }
          : {}),
      }),
    );
    claims.push(...(page.Items ?? []));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return claims;
}

// Moves claims `ageMs` into the past, as if their functions had died so long ago: the claim and,
// where a closer had won it (its outcome then failed to write), that closer's hold too, which
// reconcile takes over only once it is past the action timeout.
async function backdate(claims: Record<string, unknown>[], ageMs: number): Promise<number> {
  const at = new Date(Date.now() - ageMs).toISOString();
  await Promise.all(
    claims.map(({ shard, attempt, closingAt }) =>
      localDynamoDb().send(
        new UpdateCommand({
          TableName: LOCAL_AUDIT_TABLES.openAttempts,
          Key: { shard, attempt },
          UpdateExpression: `SET claimedAt = :at${closingAt === undefined ? '' : ', closingAt = :at'}`,
          ExpressionAttributeValues: { ':at': at },
        }),
      ),
    ),
  );
  return claims.length;
}

/**
 * Moves the claims still open for `instance` (written by an action whose audit record failed)
 * `ageMs` into the past, as if that function had died so long ago: old enough to be listed as
 * unsettled (`GET /audit/unsettled` leaves claims younger than 120 s to their own request) and to
 * be reconciled. How many it moved.
 *
 * @example
 * expect(await backdateOpenAttempts(instance, 10 * 60_000)).toBe(1);
 */
export async function backdateOpenAttempts(
  instance: Pick<Instance, 'id'>,
  ageMs: number,
): Promise<number> {
  return backdate(await openClaims(instance.id), ageMs);
}

/**
 * Closes every attempt still open in the stack's audit, as the scheduled reconcile would once they
 * are old: ages their claims ten minutes (reconcile leaves younger ones to their own request), and
 * the hold of any closer that won one and then failed to write its outcome, and reconciles them
 * from the instances' actual state. For the end of a test file that strands
 * attempts on purpose (the stack project runs its files one at a time, so every open attempt is
 * that file's); the stack's test environment fails a file that leaves any. How many it closed.
 *
 * @example
 * afterAll(settleOpenAttempts);
 */
export async function settleOpenAttempts(): Promise<number> {
  const aged = await backdate(await openClaims(), 10 * 60_000);
  if (aged === 0) return 0;
  const { status, body } = await callApi('/audit/reconcile?minAgeSeconds=0', { method: 'POST' });
  if (status !== 200)
    throw new Error(`POST /audit/reconcile answered ${status}: ${JSON.stringify(body)}`);
  return aged;
}

/**
 * The claims open in the stack's audit (attempts with no outcome yet), as `shard/attempt` keys
 * with the action and instance each is for. Outside a request, an open claim is an attempt some
 * test stranded: the Audit page warns admins of it once it is 120 s old.
 *
 * @example
 * const before = await openAttempts();
 */
export async function openAttempts(): Promise<Map<string, string>> {
  const entryOf = (claim: Record<string, unknown>) =>
    claim['entry'] as { action?: string; instanceId?: string } | undefined;
  return new Map(
    (await openClaims()).map((claim) => [
      `${String(claim['shard'])}/${String(claim['attempt'])}`,
      `${entryOf(claim)?.action} of ${entryOf(claim)?.instanceId}`,
    ]),
  );
}
