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
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const lists = Object.entries(shapeOf(schema)).flatMap(([name, field]) => {
    const element = listElementOf(field);
    return element ? [[name, element] as const] : [];
  });
  if (lists.length === 0) return json;
  // A list parameter's input side is "a string or strings", which says nothing of its values:
  // they are generated from the list's element instead (a region, a state, a `key=value` tag).
  const properties = { ...json.properties };
  for (const [name, element] of lists)
    properties[name] = {
      type: 'array',
      minItems: 1,
      maxItems: 3,
      items: z.toJSONSchema(element, { io: 'input', unrepresentable: 'any' }) as JsonSchema,
    };
  return { ...json, properties };
}

// zod's own definitions: what a schema wraps, which JSON Schema cannot tell.
interface Definition {
  readonly type: string;
  readonly innerType?: z.ZodMiniType;
  readonly in?: z.ZodMiniType;
  readonly out?: z.ZodMiniType;
  readonly element?: z.ZodMiniType;
  readonly shape?: Record<string, z.ZodMiniType>;
}
const definitionOf = (schema: z.ZodMiniType): Definition =>
  (schema as unknown as { _zod: { def: Definition } })._zod.def;

function unwrapped(schema: z.ZodMiniType): z.ZodMiniType {
  const definition = definitionOf(schema);
  return (definition.type === 'optional' || definition.type === 'default') && definition.innerType
    ? unwrapped(definition.innerType)
    : schema;
}

function shapeOf(schema: z.ZodMiniType): Record<string, z.ZodMiniType> {
  return definitionOf(unwrapped(schema)).shape ?? {};
}

/** The element of a list parameter (`commaList`, `repeated`: strings piped into an array). */
function listElementOf(field: z.ZodMiniType): z.ZodMiniType | undefined {
  const definition = definitionOf(unwrapped(field));
  if (definition.type !== 'pipe' || !definition.out) return undefined;
  const out = definitionOf(unwrapped(definition.out));
  return out.type === 'array' ? out.element : undefined;
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
  // A list of regions (a filter): managed ones, most of the time.
  if (Array.isArray(copy.region) && fleet.regions.length > 0 && pick() < 0.8)
    copy.region = copy.region.map(() => fleet.regions[Math.floor(pick() * fleet.regions.length)]);
  // A cursor is opaque: one made up is always refused (a mutation still sends junk in its place).
  delete copy.cursor;
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
 * The query string of a URL as the functions read it: a parameter given once a string, a
 * repeated one an array.
 *
 * @example
 * queryOf('/instances?state=running&state=stopped&limit=5'); // { state: ['running', 'stopped'], limit: '5' }
 */
export function queryOf(url: string): Record<string, string | string[]> {
  const search = new URL(url, 'http://fuzz').searchParams;
  return Object.fromEntries(
    [...new Set(search.keys())].map((name) => {
      const values = search.getAll(name);
      return [name, values.length === 1 ? (values[0] as string) : values];
    }),
  );
}

/** Whether the contract's own schemas (the ones the functions run) accept a request. */
function contractAccepts(route: ApiRoute, parts: Record<Part, Fields | undefined>): boolean {
  const accepts = (schema: z.ZodMiniType | undefined, value: unknown): boolean =>
    !schema || z.safeParse(schema, value).success;
  const url = urlOf(route, parts.params ?? {}, parts.query ?? {});
  const params = Object.fromEntries(
    Object.entries(parts.params ?? {}).map(([name, value]) => [name, text(value)]),
  );
  return (
    accepts(route.params, params) &&
    accepts(route.query, queryOf(url)) &&
    accepts(
      route.body,
      parts.body === undefined ? undefined : JSON.parse(JSON.stringify(parts.body)),
    )
  );
}

// Uniform in [0, 1). fast-check's integers lean to their edges by design (0 comes up far more
// often than by chance), and its doubles spread over the representable numbers, most of them
// tiny. Either one, used as a probability, skewed every choice: 9 in 10 requests were mutated at
// a rate of 0.7, and made-up lists named the same instance again and again.
const UNIFORM = fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000);

// Candidates drawn for one valid request: JSON Schema cannot say everything the contract checks
// (one instance or a list, no instance twice, force without hibernate), so the first candidate
// the contract's own schemas accept is sent; after this many, the last one is sent as it is.
const CANDIDATES = 50;

/**
 * Requests for one route derived from its contract: a valid request generated from the JSON
 * Schema of its path, query and body (list parameters from their element's schema; naming real
 * instances most of the time), kept only once the contract's own zod schemas accept it (what JSON
 * Schema cannot say, refinements, is checked by the contract itself, so the fuzzer cannot drift
 * from it); then, for a share `mutationRate` of them, one field mutated (replaced by a hostile
 * value, deleted, a stray field added) or the body made malformed JSON.
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
  const candidate = fc
    .record({
      params: part(schemas.params),
      query: part(schemas.query),
      body: part(schemas.body),
      seed: fc.infiniteStream(UNIFORM),
    })
    .map(({ params, query, body, seed }) => {
      const pick = (): number => seed.next().value as number;
      return {
        params: realistic(params, fleet, pick) as Fields | undefined,
        query: realistic(query, fleet, pick) as Fields | undefined,
        body: realistic(body, fleet, pick) as Fields | undefined,
      };
    });
  const valid = fc.infiniteStream(candidate).map((candidates) => {
    let parts = candidates.next().value as Record<Part, Fields | undefined>;
    for (let drawn = 1; drawn < CANDIDATES && !contractAccepts(route, parts); drawn++)
      parts = candidates.next().value as Record<Part, Fields | undefined>;
    return parts;
  });
  return fc
    .record({
      parts: valid,
      mutate: UNIFORM.map((x) => x < mutationRate),
      mutation: mutationArbitrary(schemas),
    })
    .map(({ parts: drawn, mutate, mutation }): FuzzCall => {
      // Mutated on a copy: a drawn value may be shown again (fast-check's shrinking).
      const parts = {
        params: drawn.params && { ...drawn.params },
        query: drawn.query && { ...drawn.query },
        body: drawn.body && { ...drawn.body },
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
