import * as z from 'zod/mini';

/** A JSON Schema (draft 2020-12, OpenAPI 3.1's dialect) as zod writes it. */
export type JsonSchema = Record<string, unknown> & {
  properties?: Record<string, JsonSchema>;
  required?: string[];
};

/**
 * zod's own JSON Schema export of a contract schema. Requests are described as clients write them
 * (`io: 'input'`: before defaults and coercion), answers as the API sends them.
 *
 * @example
 * jsonSchemaOf(z.object({ id: z.string() }), 'output').required; // ['id']
 */
export function jsonSchemaOf(schema: z.ZodMiniType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    // Parsing steps (e.g. `key=value` tag filters into objects) are described by their input.
    unrepresentable: 'any',
  }) as JsonSchema;
  return rest;
}
