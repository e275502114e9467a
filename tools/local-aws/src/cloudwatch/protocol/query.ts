import { CloudWatchError } from '../errors';
import type { Shape } from './shapes';
import { operationShapes } from './shapes';
import type { ProtocolAdapter, WireReply } from './wire';
import { escapeXml, toXml } from './xml';

/** The namespace of every CloudWatch query-protocol reply. */
export const queryXmlNamespace = 'http://monitoring.amazonaws.com/doc/2010-08-01/';

/** A form body read once: the values by key, and every dotted prefix present, for cheap lookups. */
interface Form {
  readonly values: ReadonlyMap<string, string>;
  readonly prefixes: ReadonlySet<string>;
}

function readForm(body: string): Form {
  const values = new Map<string, string>();
  const prefixes = new Set<string>();
  for (const [key, value] of new URLSearchParams(body)) {
    values.set(key, value);
    let dot = key.indexOf('.');
    while (dot !== -1) {
      prefixes.add(key.slice(0, dot));
      dot = key.indexOf('.', dot + 1);
    }
    prefixes.add(key);
  }
  return { values, prefixes };
}

/** Decodes `Prefix.member.N.Field=…` keys along a shape, as the query protocol flattens them. */
export function fromForm(shape: Shape, form: Form, key: string): unknown {
  if (!form.prefixes.has(key)) return undefined;
  const raw = form.values.get(key);
  switch (shape.kind) {
    case 'timestamp': {
      if (raw === undefined) return undefined;
      // Older SDKs send ISO 8601; some hand-written callers send epoch seconds.
      return /^\d+(\.\d+)?$/.test(raw) ? new Date(Number(raw) * 1000) : new Date(raw);
    }
    case 'integer':
    case 'double':
      return raw === undefined ? undefined : Number(raw);
    case 'boolean':
      return raw === undefined ? undefined : raw === 'true';
    case 'string':
      return raw;
    case 'list': {
      // An empty list is written as `Key=` with no members.
      const items: unknown[] = [];
      for (let index = 1; form.prefixes.has(`${key}.member.${index}`); index += 1) {
        items.push(fromForm(shape.member, form, `${key}.member.${index}`));
      }
      return items;
    }
    case 'map': {
      const out: Record<string, unknown> = {};
      for (let index = 1; form.prefixes.has(`${key}.entry.${index}`); index += 1) {
        const name = form.values.get(`${key}.entry.${index}.key`);
        if (name !== undefined)
          out[name] = fromForm(shape.value, form, `${key}.entry.${index}.value`);
      }
      return out;
    }
    case 'structure':
      return structureFromForm(shape.members, form, `${key}.`);
  }
}

function structureFromForm(
  members: Readonly<Record<string, Shape>>,
  form: Form,
  prefix: string,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(members)) {
    const decoded = fromForm(member, form, `${prefix}${name}`);
    if (decoded !== undefined) out[name] = decoded;
  }
  return out;
}

function xmlReply(status: number, body: string): WireReply {
  return {
    status,
    headers: { 'content-type': 'text/xml' },
    body: `<?xml version="1.0" encoding="UTF-8"?>\n${body}`,
  };
}

function errorXml(type: string, code: string, message: string, requestId: string): string {
  return (
    `<ErrorResponse xmlns="${queryXmlNamespace}"><Error><Type>${type}</Type><Code>${escapeXml(code)}</Code>` +
    `<Message>${escapeXml(message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`
  );
}

/** The form-encoded query protocol with XML replies: older SDKs and the AWS CLI. */
export const queryProtocol: ProtocolAdapter = {
  name: 'query',
  parse(request) {
    const form = readForm(request.body);
    const operation = form.values.get('Action') ?? '';
    const version = form.values.get('Version');
    if (version !== undefined && version !== '2010-08-01') {
      throw new CloudWatchError(
        'InvalidAction',
        `Could not find operation ${operation} for version ${version}`,
      );
    }
    const shapes = operationShapes[operation];
    if (!shapes) return { operation, input: undefined, unknown: true };
    return { operation, input: structureFromForm(shapes.input.members, form, ''), unknown: false };
  },
  success(operation, output, requestId) {
    const shapes = operationShapes[operation];
    const result = shapes ? toXml(shapes.output, output) : '';
    // Operations without output (PutMetricData) carry no <…Result> element at all.
    const resultElement = result === '' ? '' : `<${operation}Result>${result}</${operation}Result>`;
    return xmlReply(
      200,
      `<${operation}Response xmlns="${queryXmlNamespace}">${resultElement}` +
        `<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${operation}Response>`,
    );
  },
  failure(error, requestId) {
    return xmlReply(error.status, errorXml(error.fault, error.code, error.message, requestId));
  },
  unknownOperation(operation, requestId) {
    return xmlReply(
      400,
      errorXml(
        'Sender',
        'InvalidAction',
        `Could not find operation ${operation} for version 2010-08-01`,
        requestId,
      ),
    );
  },
};
