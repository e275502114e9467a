import { CloudWatchError } from '../errors';
import type { Shape } from './shapes';
import { operationShapes } from './shapes';
import type { ProtocolAdapter, WireReply } from './wire';

/** The JSON 1.0 target prefix of CloudWatch (`X-Amz-Target: GraniteServiceVersion20100801.<Op>`). */
export const jsonTargetPrefix = 'GraniteServiceVersion20100801.';

/**
 * The Smithy shape names of CloudWatch's errors by their query code (the model's `awsQueryError`
 * trait). The SDK (awsQueryCompatible) reads the code from `x-amzn-query-error` first and maps it
 * back to the shape, so `__type` and the header must agree, as on AWS.
 */
const jsonErrorShapes: Readonly<Record<string, string>> = {
  InvalidParameterValue: 'InvalidParameterValueException',
  InvalidParameterCombination: 'InvalidParameterCombinationException',
  MissingParameter: 'MissingRequiredParameterException',
  InvalidNextToken: 'InvalidNextToken',
  LimitExceeded: 'LimitExceededFault',
  ValidationError: 'ValidationException',
  InternalFailure: 'InternalServiceFault',
};

/** Decodes a JSON value along a shape: epoch-second timestamps become `Date`s. */
export function fromJson(shape: Shape, value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  switch (shape.kind) {
    case 'timestamp':
      return typeof value === 'number' ? new Date(value * 1000) : new Date(String(value));
    case 'integer':
    case 'double':
      return typeof value === 'number' ? value : Number(value);
    case 'boolean':
      return typeof value === 'boolean' ? value : value === 'true';
    case 'string':
      return String(value);
    case 'list':
      return Array.isArray(value) ? value.map((item) => fromJson(shape.member, item)) : undefined;
    case 'map': {
      if (typeof value !== 'object') return undefined;
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value as Record<string, unknown>))
        out[key] = fromJson(shape.value, item);
      return out;
    }
    case 'structure': {
      if (typeof value !== 'object' || Array.isArray(value)) return undefined;
      const source = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [name, member] of Object.entries(shape.members)) {
        const decoded = fromJson(member, source[name]);
        if (decoded !== undefined) out[name] = decoded;
      }
      return out;
    }
  }
}

/** Encodes a value along a shape for JSON 1.0: timestamps (`Date` or epoch ms) become epoch seconds, as the SDK expects. */
export function toJson(shape: Shape, value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  switch (shape.kind) {
    case 'timestamp':
      return (typeof value === 'number' ? value : (value as Date).getTime()) / 1000;
    case 'list':
      return (value as readonly unknown[]).map((item) => toJson(shape.member, item));
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value as Record<string, unknown>))
        out[key] = toJson(shape.value, item);
      return out;
    }
    case 'structure': {
      const source = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [name, member] of Object.entries(shape.members)) {
        const encoded = toJson(member, source[name]);
        if (encoded !== undefined) out[name] = encoded;
      }
      return out;
    }
    default:
      return value;
  }
}

function reply(
  status: number,
  headers: Record<string, string>,
  body: unknown,
  requestId: string,
): WireReply {
  return {
    status,
    headers: {
      'content-type': 'application/x-amz-json-1.0',
      'x-amzn-requestid': requestId,
      ...headers,
    },
    body: JSON.stringify(body),
  };
}

/** AWS JSON 1.0 with awsQueryCompatible errors: what the current SDK v3 speaks. */
export const jsonProtocol: ProtocolAdapter = {
  name: 'json',
  parse(request) {
    const target = String(request.headers['x-amz-target'] ?? '');
    const operation = target.startsWith(jsonTargetPrefix)
      ? target.slice(jsonTargetPrefix.length)
      : target;
    const shapes = operationShapes[operation];
    if (!shapes) {
      return { operation, input: undefined, unknown: true };
    }
    let raw: unknown;
    try {
      raw = request.body.trim() === '' ? {} : JSON.parse(request.body);
    } catch {
      throw new CloudWatchError('ValidationError', 'The request body is not valid JSON.');
    }
    return { operation, input: fromJson(shapes.input, raw) ?? {}, unknown: false };
  },
  success(operation, output, requestId) {
    const shapes = operationShapes[operation];
    return reply(200, {}, shapes ? toJson(shapes.output, output) : {}, requestId);
  },
  failure(error, requestId) {
    const type = jsonErrorShapes[error.code] ?? error.code;
    return reply(
      error.status,
      { 'x-amzn-query-error': `${error.code};${error.fault}` },
      { __type: `com.amazonaws.cloudwatch#${type}`, message: error.message },
      requestId,
    );
  },
  unknownOperation(operation, requestId) {
    return reply(
      400,
      { 'x-amzn-query-error': 'InvalidAction;Sender' },
      {
        __type: 'com.amazonaws.cloudwatch#UnknownOperationException',
        message: `Unknown operation ${operation}`,
      },
      requestId,
    );
  },
};
