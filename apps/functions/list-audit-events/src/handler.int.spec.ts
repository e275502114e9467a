import type { ActionResponse, ApiError, AuditPage, Instance } from '@fleet/contract';
import {
  callApi,
  instanceSupply,
  localAwsCounters,
  resetLocalAwsCounters,
  descendantsOf,
  traceIdOf,
  traceSegments,
  type DemoUserKey,
  type TraceEntity,
  jsonPost,
} from '@fleet/testing';

const ref = (instance: Instance) => ({ region: instance.region, id: instance.id });
const audit = (query: string, as: DemoUserKey = 'admin') =>
  callApi<AuditPage>(`/audit?${query}`, {}, { as });

/** The DynamoDB Queries the function made for one traced request, from its X-Ray trace. */
async function queriesInTrace(traceId: string, expected: number): Promise<TraceEntity[]> {
  const queriesOf = (segments: TraceEntity[]): TraceEntity[] =>
    segments
      .filter((segment) => segment.origin === 'AWS::Lambda::Function')
      .flatMap(descendantsOf)
      .filter((entity) => entity.name === 'DynamoDB' && entity.aws?.operation === 'Query');
  const segments = await traceSegments(
    traceId,
    (all) => queriesOf(all).length >= expected,
    `${expected} DynamoDB Queries`,
  );
  return queriesOf(segments);
}

/** The most calls in flight at one moment (a call ending as another starts is not overlap). */
function mostAtOnce(calls: readonly TraceEntity[]): number {
  const edges = calls
    .flatMap((call) => [
      [call.start_time ?? 0, 1],
      [call.end_time ?? 0, -1],
    ])
    .sort(
      ([at, step], [otherAt, otherStep]) =>
        (at ?? 0) - (otherAt ?? 0) || (step ?? 0) - (otherStep ?? 0),
    );
  let open = 0;
  let most = 0;
  for (const [, step] of edges) most = Math.max(most, (open += step ?? 0));
  return most;
}

describe('GET /audit', () => {
  let payments: Instance;
  let search: Instance;
  let started: string;
  let operatorSub: string;

  beforeAll(async () => {
    payments = await (await instanceSupply('payments')).next('running');
    search = await (await instanceSupply('search')).next('running');
    started = new Date().toISOString();
    const stop = await callApi<ActionResponse>('/instances/reboot', jsonPost(ref(payments)), {
      as: 'operator',
    });
    await callApi('/instances/reboot', jsonPost(ref(search)));
    const page = await audit(`region=${payments.region}&instance=${payments.id}&limit=1`);
    operatorSub = page.body.items[0]?.actor.sub ?? '';
    expect(stop.status).toBe(200);
  });

  it("answers one instance's records newest first", async () => {
    const { status, body } = await audit(`region=${payments.region}&instance=${payments.id}`);

    expect(status).toBe(200);
    expect(body.items.length).toBeGreaterThanOrEqual(2);
    const times = body.items.map(
      (record) => `${record.at}#${String(record.seq).padStart(10, '0')}`,
    );
    expect(times).toEqual([...times].sort().reverse());
    expect(body.items[0]?.chain).toBe(`${payments.region}/${payments.id}`);
  });

  it('filters by actor, action, outcome and time range together', async () => {
    const { body } = await audit(
      `actor=${operatorSub}&action=reboot&outcome=succeeded&from=${started}`,
    );

    expect(body.items.length).toBeGreaterThanOrEqual(1);
    for (const record of body.items) {
      expect(record).toMatchObject({
        action: 'reboot',
        outcome: 'succeeded',
        actor: { sub: operatorSub },
      });
      expect(record.at >= started).toBe(true);
    }
  });

  it('serves every filter from keys and indexes: no Scan', async () => {
    await resetLocalAwsCounters();

    await audit('action=reboot');
    await audit('outcome=succeeded');
    await audit(`actor=${operatorSub}`);
    await audit('limit=5');
    await audit('limit=5', 'viewer');

    const dynamodb = (await localAwsCounters()).services.dynamodb?.actions ?? {};
    expect(dynamodb.Query?.total).toBeGreaterThan(0);
    expect(dynamodb.Scan).toBeUndefined();
  });

  it('pages with an opaque cursor: no record twice, none lost', async () => {
    const all = await audit(`from=${started}&limit=100`);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: AuditPage } = await audit(
        `from=${started}&limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      seen.push(...page.body.items.map((record) => record.id));
      cursor = page.body.nextCursor;
    } while (cursor && seen.length < 200);

    expect(seen).toEqual(all.body.items.map((record) => record.id));
  });

  it("shows a non-admin their teams' instances only", async () => {
    const own = await audit('limit=100', 'viewer');
    const other = await audit(`region=${search.region}&instance=${search.id}`, 'viewer');

    expect(own.body.items.some((record) => record.instanceId === payments.id)).toBe(true);
    expect(own.body.items.every((record) => record.team === 'payments')).toBe(true);
    expect(other.body.items).toEqual([]);
  });

  it('answers 400 for a page over 100, and InvalidCursor for a cursor of other filters', async () => {
    const first = await audit('action=reboot&limit=1');

    const tooBig = await callApi<ApiError>('/audit?limit=101');
    const mixed = await callApi<ApiError>(
      `/audit?action=stop&limit=1&cursor=${encodeURIComponent(first.body.nextCursor ?? 'x')}`,
    );

    expect(tooBig.status).toBe(400);
    expect(mixed.status).toBe(400);
    expect(mixed.body.code).toBe('InvalidCursor');
  });
  it.each([
    ['a cursor that decodes to JSON null', 'cursor=bnVsbA', 'InvalidCursor'],
    ['from after to', 'from=2026-11-20T00:00:00Z&to=2026-11-10T00:00:00Z', 'InvalidTimeRange'],
    ['from in the future', 'from=2999-01-01T00:00:00Z', 'InvalidTimeRange'],
  ])('answers 400 {code, message}, not 500, to %s', async (_, query, code) => {
    const asAdmin = await callApi<ApiError>(`/audit?${query}`);
    const asViewer = await callApi<ApiError>(`/audit?${query}`, {}, { as: 'viewer' });

    expect([asAdmin.status, asAdmin.body.code]).toEqual([400, code]);
    expect([asViewer.status, asViewer.body.code]).toEqual([400, code]);
    expect(asAdmin.body.message).toEqual(expect.any(String));
  });

  it('reads a window the newest month does not fill in widening rounds, several months at once, not one month after another', async () => {
    // A region no record names: the page stays empty, so all 12 months of the lookback are read.
    const answer = await audit('region=sa-east-1&limit=100');

    expect([answer.status, answer.body.items]).toEqual([200, []]);
    // Every month at least once: a month holding more records than a Query reads takes more.
    const queries = await queriesInTrace(traceIdOf(answer), 12);
    expect(queries.length).toBeGreaterThanOrEqual(12);
    // Rounds of 1, 2, 4 and 5 months: the last round's Queries are in flight together.
    expect(mostAtOnce(queries)).toBeGreaterThanOrEqual(4);
  });

  it('answers an empty window with 200 and no items', async () => {
    const { status, body } = await audit('from=2001-01-01T00:00:00Z&to=2001-01-01T00:00:00Z');

    expect([status, body.items, body.nextCursor]).toEqual([200, [], null]);
  });
});
