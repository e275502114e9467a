import type { ApiRoute, InstanceRef } from '@fleet/contract';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { arbitraryOf, hostileValue, type JsonSchema } from './json-schema-arbitrary';

type Part = 'params' | 'query' | 'body';
type Fields = Record<string, unknown>;

/** One request the fuzzer sends, ready for `fetch`. */
export interface FuzzCall {
  readonly method: 'GET' | 'POST';
  /** Path and query string. */
  readonly url: string;
  readonly body?: string;
  /** `part.field op`, or `valid` for an unmutated request. */
  readonly mutation: string;
}

/** Real things to name, so valid requests reach instances and not only refusals. */
export interface FuzzFleet {
  readonly regions: readonly string[];
  /** Instances whose requests may act (empty: every action names made-up instances). */
  readonly refs: readonly InstanceRef[];
}

function jsonSchemaOf(schema: z.ZodMiniType | undefined): JsonSchema | undefined {
  if (!schema) return undefined;
  // `input`: what a client sends (defaults optional); refinements zod cannot write are `{}`.
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

// A schema-valid request names made-up regions and instances: most of them are then real ones.
function realistic(value: unknown, fleet: FuzzFleet, pick: () => number): unknown {
  if (Array.isArray(value)) return value.map((item) => realistic(item, fleet, pick));
  if (typeof value !== 'object' || value === null) return value;
  const copy: Fields = { ...(value as Fields) };
  for (const [name, field] of Object.entries(copy)) copy[name] = realistic(field, fleet, pick);
  const ref = fleet.refs[Math.floor(pick() * fleet.refs.length)];
  if (ref && pick() < 0.8) {
    if (typeof copy.region === 'string') copy.region = ref.region;
    if (typeof copy.id === 'string' && copy.id.startsWith('i-')) copy.id = ref.id;
    if (typeof copy.instance === 'string') copy.instance = ref.id;
  } else if (typeof copy.region === 'string' && fleet.regions.length > 0 && pick() < 0.8) {
    copy.region = fleet.regions[Math.floor(pick() * fleet.regions.length)];
  }
  return copy;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
}

function urlOf(route: ApiRoute, params: Fields, query: Fields): string {
  const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(text(params[name])),
  );
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) search.append(name, text(item));
  }
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

interface Mutation {
  readonly part: Part;
  readonly field: string;
  readonly op: 'replace' | 'delete' | 'add' | 'malformed';
  readonly value: unknown;
}

function applyMutation(parts: Record<Part, Fields | undefined>, mutation: Mutation): void {
  const target = parts[mutation.part];
  if (!target) return;
  if (mutation.op === 'delete') delete target[mutation.field];
  else if (mutation.op === 'add') target[`x${mutation.field}`] = mutation.value;
  else target[mutation.field] = mutation.value;
}

function mutationArbitrary(schemas: Record<Part, JsonSchema | undefined>): fc.Arbitrary<Mutation> {
  const fields = (Object.keys(schemas) as Part[]).flatMap((part) =>
    Object.keys(schemas[part]?.properties ?? {}).map((field) => ({ part, field })),
  );
  const ops = ['replace', 'replace', 'delete', 'add'] as const;
  const onBody = schemas.body ? [{ part: 'body' as const, field: '' }] : [];
  return fc
    .record({
      target: fc.constantFrom(...fields, ...onBody),
      op: fc.constantFrom(...ops, ...(schemas.body ? (['malformed'] as const) : [])),
      value: hostileValue(),
    })
    .map(({ target, op, value }) => ({ ...target, op: target.field ? op : 'malformed', value }));
}

/**
 * Requests for one route derived from its contract: a valid request generated from the JSON
 * Schema of its path, query and body (naming real instances most of the time), then, for a share
 * `mutationRate` of them, one field mutated (replaced by a hostile value, deleted, a stray field
 * added) or the body made malformed JSON.
 *
 * @example
 * const calls = fc.sample(fuzzCalls(route, fleet, 0.7), 300);
 */
export function fuzzCalls(
  route: ApiRoute,
  fleet: FuzzFleet,
  mutationRate: number,
): fc.Arbitrary<FuzzCall> {
  const schemas: Record<Part, JsonSchema | undefined> = {
    params: jsonSchemaOf(route.params),
    query: jsonSchemaOf(route.query),
    body: jsonSchemaOf(route.body),
  };
  const part = (schema: JsonSchema | undefined): fc.Arbitrary<Fields | undefined> =>
    schema ? (arbitraryOf(schema) as fc.Arbitrary<Fields>) : fc.constant(undefined);
  return fc
    .record({
      params: part(schemas.params),
      query: part(schemas.query),
      body: part(schemas.body),
      mutate: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x < mutationRate),
      mutation: mutationArbitrary(schemas),
      seed: fc.infiniteStream(fc.double({ min: 0, max: 0.999999, noNaN: true })),
    })
    .map(({ params, query, body, mutate, mutation, seed }): FuzzCall => {
      const pick = (): number => seed.next().value as number;
      const parts = {
        params: realistic(params, fleet, pick) as Fields | undefined,
        query: realistic(query, fleet, pick) as Fields | undefined,
        body: realistic(body, fleet, pick) as Fields | undefined,
      };
      const applied = mutate && (mutation.field !== '' || mutation.op === 'malformed');
      if (applied && mutation.op !== 'malformed') applyMutation(parts, mutation);
      const method = route.method === 'get' ? 'GET' : 'POST';
      const malformed = applied && mutation.op === 'malformed';
      const json = parts.body === undefined ? undefined : JSON.stringify(parts.body);
      return {
        method,
        url: urlOf(route, parts.params ?? {}, parts.query ?? {}),
        body: malformed ? (json ?? '{').slice(0, -1) : json,
        mutation: applied
          ? `${mutation.part}.${mutation.field || '(whole)'} ${mutation.op}`
          : 'valid',
      };
    });
}
