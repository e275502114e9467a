import fc from 'fast-check';

/** The part of JSON Schema (draft 2020-12) that zod's `z.toJSONSchema` writes for this contract. */
export interface JsonSchema {
  readonly type?: 'object' | 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'null';
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly anyOf?: readonly JsonSchema[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly pattern?: string;
  readonly format?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
}

// Lists stay short: a fuzzer learns nothing more from the 500th element than from the 3rd, and
// every element of an action list is a real EC2 call.
const MAX_ITEMS = 3;
// Strings are cut where the schema allows longer ones; a maxLength itself is probed by mutation.
const MAX_STRING = 40;

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.format === 'date-time') {
    return fc
      .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z') })
      .filter((date) => !Number.isNaN(date.getTime()))
      .map((date) => date.toISOString());
  }
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
  const minLength = schema.minLength ?? 0;
  return fc.string({
    minLength,
    maxLength: Math.max(minLength, Math.min(schema.maxLength ?? MAX_STRING, MAX_STRING)),
  });
}

function objectArbitrary(schema: JsonSchema): fc.Arbitrary<Record<string, unknown>> {
  const properties = Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([name, value]) => [name, arbitraryOf(value)]),
  );
  return fc.record(properties, { requiredKeys: [...(schema.required ?? [])] }) as fc.Arbitrary<
    Record<string, unknown>
  >;
}

/**
 * Values that a JSON Schema accepts, as a fast-check arbitrary: the contract's own request
 * schemas (`z.toJSONSchema`) become request generators, so the fuzzer follows the contract as it
 * changes instead of a hand-written copy of it. Covers what zod writes for this contract:
 * objects, strings (enum, pattern, date-time, lengths), integers and numbers with bounds,
 * booleans, arrays and `anyOf`.
 *
 * @example
 * fc.sample(arbitraryOf({ type: 'integer', minimum: 1, maximum: 100 }), 3); // e.g. [7, 100, 1]
 */
export function arbitraryOf(schema: JsonSchema): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map(arbitraryOf));
  switch (schema.type) {
    case 'object':
      return objectArbitrary(schema);
    case 'string':
      return stringArbitrary(schema);
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6 });
    case 'number':
      return fc.double({
        min: schema.minimum ?? -1e6,
        max: schema.maximum ?? 1e6,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const minLength = schema.minItems ?? 0;
      return fc.array(arbitraryOf(schema.items ?? {}), {
        minLength,
        maxLength: Math.max(minLength, Math.min(schema.maxItems ?? MAX_ITEMS, MAX_ITEMS)),
      });
    }
    default:
      return fc.jsonValue();
  }
}

/**
 * What a field is replaced with when a valid request is mutated: wrong types, empty and huge
 * strings, control and non-ASCII characters, numbers at JSON's edges, nested junk.
 *
 * @example
 * fc.sample(hostileValue(), 1); // e.g. [{ "": [null] }]
 */
export function hostileValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(
      '',
      ' ',
      '0',
      '-1',
      'null',
      'true',
      '{}',
      '[]',
      '%00',
      '../..',
      'x'.repeat(5000),
    ),
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.integer(),
    fc.constantFrom(0, -1, 1e308, -1e308, 2 ** 53 + 1, 0.5),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
  );
}
