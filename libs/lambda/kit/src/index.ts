export { defineHttpFunction } from './lib/define-http-function';
export type { HttpFunctionSpec, HttpInput, HttpSchemas } from './lib/define-http-function';
export { defineEventFunction, type EventFunction } from './lib/define-event-function';
export { triggerOf, type EventTrigger } from './lib/middleware/annotate-event-invocation';
export { HttpError, badRequest, notFound } from './lib/http-error';
export { logger, tracer } from './lib/observability';
export { instrumentAwsClient } from './lib/instrument-aws-client';
export { regionalClients } from './lib/regional-clients';
export {
  defineTokenAuthorizer,
  wholeApiArn,
  type TokenVerification,
} from './lib/define-token-authorizer';
export { httpResponse, isHttpResponse, type HttpResponse } from './lib/http-response';
export { traceIdOf } from './lib/trace-id';
export type { ForbiddenHook } from './lib/middleware/authorize-caller';
export {
  metrics,
  METRIC,
  recordAuditWrite,
  recordIdempotencyReplay,
  recordUnsettledAttempts,
} from './lib/telemetry/metrics';
export { flagsOf, type AnswerFlags } from './lib/telemetry/answer-facts';
