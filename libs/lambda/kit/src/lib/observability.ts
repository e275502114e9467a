import { Logger } from '@aws-lambda-powertools/logger';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { keepOneXRaySocket } from './telemetry/xray-emitter-socket';

// One instance each per function bundle. The service name comes from POWERTOOLS_SERVICE_NAME
// (set per function in serverless.yml), so logs and traces of every function line up by name.

/** The function's structured logger. Log with keys: `logger.info('instance stopped', { instanceId })`. */
export const logger = new Logger();

/** The function's X-Ray tracer; a no-op outside Lambda (Powertools checks AWS_EXECUTION_ENV). */
export const tracer = new Tracer();
keepOneXRaySocket();
