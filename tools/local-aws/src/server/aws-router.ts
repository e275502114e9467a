import type { IncomingHttpHeaders } from 'node:http';
import type { FaultInjector } from '../faults/fault-injector';
import type { AwsResponse, AwsServiceHandler } from '../service-handler';
import { actionNameOf } from './action-name';
import type { CallCounters } from './call-counters';
import { injectedErrorResponse, protocolError } from './injected-error';
import { sigV4ScopeOf } from './sigv4-scope';

/** The services the router serves, by SigV4 service name (`ec2`, `monitoring`). */
export type ServiceMap = Readonly<Record<string, AwsServiceHandler>>;

/** One raw HTTP call as the server hands it over. */
export interface RawCall {
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** What the router needs: the services, and the fault dice, counters and log it applies to every call. */
export interface AwsRouterOptions {
  readonly services: ServiceMap;
  readonly faults: FaultInjector;
  readonly counters: CallCounters;
  /** One line per call; `undefined` keeps quiet. */
  readonly log: ((line: string) => void) | undefined;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Dispatches AWS calls to their service by the SigV4 credential scope, after counting them and
 * rolling the fault dice, and logs one line per call.
 */
export function createAwsRouter(
  options: AwsRouterOptions,
): (call: RawCall) => Promise<AwsResponse> {
  const { services, faults, counters, log } = options;

  async function route(
    call: RawCall,
    service: string,
    region: string,
    action: string,
  ): Promise<AwsResponse> {
    const handler = services[service];
    if (!handler) {
      return protocolError(service, call.headers, {
        code: 'UnknownService',
        message: `local-aws does not emulate the '${service}' service (emulated: ${Object.keys(services).join(', ')})`,
        status: 400,
      });
    }
    const fault = faults.decide(service, action, region);
    if (fault.latencyMs > 0) await sleep(fault.latencyMs);
    if (fault.error) return injectedErrorResponse(service, call.headers, fault.error);
    const answer = await handler({
      region,
      service,
      path: call.url.split('?')[0] as string,
      headers: call.headers,
      body: call.body,
    });
    // The call took effect; only its answer goes missing on the way back.
    return fault.lostAnswer
      ? injectedErrorResponse(service, call.headers, 'InternalError')
      : answer;
  }

  return async function awsRouter(call: RawCall): Promise<AwsResponse> {
    const started = performance.now();
    const scope = sigV4ScopeOf(call.headers, call.url);
    const action = actionNameOf(call.headers, call.url, call.body);
    const response = scope
      ? await route(call, scope.service, scope.region, action)
      : protocolError('ec2', call.headers, {
          code: 'MissingAuthenticationToken',
          message:
            'Request is missing Authentication Token (local-aws reads the region and service from the SigV4 scope)',
          status: 401,
        });
    const service = scope?.service ?? 'unknown';
    const region = scope?.region ?? 'unknown';
    counters.record(service, action, region, response.status);
    log?.(
      `local-aws ${service} ${action} ${region} ${response.status} ${Math.round(performance.now() - started)}ms`,
    );
    return response;
  };
}
