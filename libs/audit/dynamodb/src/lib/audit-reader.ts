import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditRecord } from '@fleet/contract';
import { AT_KEY, type AuditQueryPlan } from '@fleet/audit-domain';
import { atKeyOf, fromItem } from './audit-item';
import { documentClient } from './document-client';
import { queryPages, scanPages } from './paged-reads';
import { readingRounds } from './reading-rounds';

type Item = Record<string, unknown>;

/** One page of records as the plan selected them, newest first. */
export interface AuditRecordsPage {
  readonly records: AuditRecord[];
  /** The sort key of the last record, for the next cursor; `undefined` on the last page. */
  readonly nextAtKey: string | undefined;
}

function filterOf(plan: AuditQueryPlan): {
  expression?: string;
  names: Record<string, string>;
  values: Record<string, unknown>;
} {
  const parts: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const { teams, ...equal } = plan.residual;
  for (const [field, value] of Object.entries(equal)) {
    if (value === undefined) continue;
    names[`#${field}`] = field;
    values[`:${field}`] = value;
    parts.push(`#${field} = :${field}`);
  }
  if (teams) {
    names['#team'] = 'team';
    teams.forEach((team, i) => (values[`:team${i}`] = team));
    parts.push(`#team IN (${teams.map((_, i) => `:team${i}`).join(', ')})`);
  }
  return { expression: parts.length > 0 ? parts.join(' AND ') : undefined, names, values };
}

async function readPartition(
  table: string,
  plan: AuditQueryPlan,
  partition: string,
  wanted: number,
): Promise<Item[]> {
  const filter = filterOf(plan);
  const range = plan.fromKey ? '#k BETWEEN :from AND :before' : '#k < :before';
  // BETWEEN is inclusive (and a key cannot be filtered on): the cursor's own record is read
  // and dropped here, so one more is asked for.
  const expected = plan.fromKey ? wanted + 1 : wanted;
  const found: Item[] = [];
  const pages = queryPages({
    TableName: table,
    IndexName: plan.index,
    KeyConditionExpression: `#p = :p AND ${range}`,
    FilterExpression: filter.expression,
    ExpressionAttributeNames: { '#p': plan.partitionAttribute, '#k': AT_KEY, ...filter.names },
    ExpressionAttributeValues: {
      ':p': partition,
      ':before': plan.beforeKey,
      ...(plan.fromKey ? { ':from': plan.fromKey } : {}),
      ...filter.values,
    },
    ScanIndexForward: false,
    Limit: expected,
  });
  for await (const page of pages) {
    found.push(...page.filter((item) => atKeyOf(item) !== plan.beforeKey));
    if (found.length >= wanted) break;
  }
  return found.slice(0, wanted);
}

/**
 * Reads one page of the plan: tiers newest first in widening rounds (one tier, then two, four…;
 * see {@link readingRounds}), every partition of a round in parallel, merged by sort key; one
 * record more than the page is read to know whether another page follows. Queries only: every
 * pattern has its index.
 *
 * @example
 * const page = await readAuditPage('fleet-console-prod-audit', planAuditQuery(query, scope, now));
 */
export async function readAuditPage(
  table: string,
  plan: AuditQueryPlan,
): Promise<AuditRecordsPage> {
  const items: Item[] = [];
  for (const round of readingRounds(plan.tiers)) {
    const wanted = plan.limit + 1 - items.length;
    if (wanted <= 0) break;
    const partitions = await Promise.all(
      round.flat().map((partition) => readPartition(table, plan, partition, wanted)),
    );
    // A later tier holds only older keys: sorted together, the round keeps the tiers' order.
    items.push(
      ...partitions
        .flat()
        .sort((a, b) => (atKeyOf(a) < atKeyOf(b) ? 1 : -1))
        .slice(0, wanted),
    );
  }
  const page = items.slice(0, plan.limit);
  const last = page[page.length - 1];
  return {
    records: page.map(fromItem),
    nextAtKey: items.length > plan.limit && last ? atKeyOf(last) : undefined,
  };
}

/**
 * Every record of one chain, in seq order, read consistently.
 *
 * @example
 * const records = await readChain(table, 'eu-west-1/i-0123456789abcdef0');
 */
export async function readChain(table: string, chain: string): Promise<AuditRecord[]> {
  const records: AuditRecord[] = [];
  const pages = queryPages({
    TableName: table,
    KeyConditionExpression: 'chain = :chain',
    ExpressionAttributeValues: { ':chain': chain },
    ConsistentRead: true,
  });
  for await (const page of pages) records.push(...page.map(fromItem));
  return records;
}

/**
 * One record by its chain and seq.
 *
 * @example
 * const attempt = await readRecord(table, marker.chain, marker.seq);
 */
export async function readRecord(
  table: string,
  chain: string,
  seq: number,
): Promise<AuditRecord | undefined> {
  const output = await documentClient().send(
    new GetCommand({ TableName: table, Key: { chain, seq }, ConsistentRead: true }),
  );
  return output.Item ? fromItem(output.Item) : undefined;
}

/**
 * Every record of the table, grouped by chain: what a full verification must read anyway (the
 * audit API never scans; the verifier reads everything by definition).
 *
 * @example
 * const chains = await readAllChains(tables.records);
 */
export async function readAllChains(table: string): Promise<Map<string, AuditRecord[]>> {
  const chains = new Map<string, AuditRecord[]>();
  for await (const page of scanPages(table)) {
    for (const record of page.map(fromItem)) {
      chains.set(record.chain, [...(chains.get(record.chain) ?? []), record]);
    }
  }
  return chains;
}
