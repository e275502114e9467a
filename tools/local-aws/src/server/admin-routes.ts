import { parseFaultConfig, type FaultConfig } from '../faults/fault-config';
import type { FaultInjector } from '../faults/fault-injector';
import type { CallCounters } from './call-counters';

/** What an admin route answers: JSON, or nothing (204). */
export interface AdminResponse {
  readonly status: number;
  readonly json?: unknown;
}

/** The state the admin routes read and change. */
export interface AdminRoutesOptions {
  readonly counters: CallCounters;
  readonly faults: FaultInjector;
  /** Applies a new fault configuration everywhere (dice and throttling buckets). */
  readonly applyFaults: (config: FaultConfig) => void;
  readonly health: () => unknown;
  /** Back to a fresh start: the fleet reseeded, forwarded tables emptied, counters and faults cleared. */
  readonly reset: () => Promise<unknown>;
}

function methodNotAllowed(allowed: string): AdminResponse {
  return { status: 405, json: { error: `method not allowed; use ${allowed}` } };
}

/**
 * The emulator's own routes under `/_local/`: health, call counters, fault injection and reset. They
 * speak plain JSON, not an AWS protocol, and are never counted as AWS calls.
 */
export function createAdminRoutes(
  options: AdminRoutesOptions,
): (method: string, path: string, body: string) => Promise<AdminResponse> {
  return async function admin(method, path, body) {
    switch (path) {
      case '/_local/reset':
        return method === 'POST'
          ? { status: 200, json: await options.reset() }
          : methodNotAllowed('POST');
      case '/_local/health':
        return method === 'GET' ? { status: 200, json: options.health() } : methodNotAllowed('GET');
      case '/_local/counters':
        if (method === 'GET') return { status: 200, json: options.counters.snapshot() };
        if (method === 'DELETE') {
          options.counters.reset();
          return { status: 204 };
        }
        return methodNotAllowed('GET, DELETE');
      case '/_local/faults':
        if (method === 'GET') return { status: 200, json: options.faults.current() };
        if (method === 'DELETE') {
          options.applyFaults({});
          return { status: 204 };
        }
        if (method === 'PUT') {
          try {
            const config = parseFaultConfig(JSON.parse(body || '{}'));
            options.applyFaults(config);
            return { status: 200, json: config };
          } catch (error) {
            return {
              status: 400,
              json: { error: error instanceof Error ? error.message : String(error) },
            };
          }
        }
        return methodNotAllowed('GET, PUT, DELETE');
      default:
        return {
          status: 404,
          json: {
            error: `no route ${path}; see GET /_local/health, /_local/counters, /_local/faults, POST /_local/reset`,
          },
        };
    }
  };
}
