import { randomUUID } from 'node:crypto';
import type { Ec2Throttler } from '../faults/ec2-throttler';
import type { Ec2Mutation } from './events/ec2-event-emitter';
import type { AwsRequest, AwsResponse, AwsServiceHandler } from '../service-handler';
import type { Ec2Context } from './operations/context';
import { EC2_OPERATIONS, MUTATING_ACTIONS } from './operations/registry';
import { Ec2Error, ec2Errors } from './protocol/ec2-error';
import { QueryParams } from './protocol/query-params';
import { ec2ErrorResponse, ec2Success } from './protocol/response';
import type { Ec2State } from './state/ec2-state';

/** Options of {@link createEc2Service}. */
export interface Ec2ServiceOptions {
  /** EC2's token-bucket throttling; absent means never throttled. */
  readonly throttler?: Ec2Throttler;
  /** Called after every successful state-changing call (the state file listens). */
  readonly onMutation?: () => void;
  /** Told what each successful state-changing call changed (the event emitter listens). */
  readonly onChange?: (mutation: Ec2Mutation) => void;
}

/** How often terminated instances past retention are dropped for good. */
const SWEEP_INTERVAL_MS = 10_000;

function resourceCount(action: string, params: QueryParams): number {
  if (action === 'RunInstances') return Number(params.get('MaxCount') ?? 0) || 0;
  return params.list('InstanceId').length;
}

/**
 * The EC2 emulator as an {@link AwsServiceHandler}: ec2Query in, EC2's XML out, one state per
 * region taken from the SigV4 scope.
 *
 * @example
 * const state = new Ec2State(['us-east-1']);
 * const router = createRouter({ ec2: createEc2Service(state) });
 */
export function createEc2Service(
  state: Ec2State,
  options: Ec2ServiceOptions = {},
): AwsServiceHandler {
  const lastSweep = new Map<string, number>();

  function answer(request: AwsRequest, requestId: string): AwsResponse {
    const fleet = state.fleet(request.region);
    // EC2 answers a region the account cannot use (a disabled opt-in region) with AuthFailure,
    // before it looks at the request itself.
    if (!fleet) throw ec2Errors.authFailure();
    const params = new QueryParams(request.body);
    const action = params.get('Action');
    if (!action)
      throw new Ec2Error('MissingAction', 'The request must contain the parameter Action');
    const operation = EC2_OPERATIONS[action];
    if (!operation)
      throw new Ec2Error(
        'InvalidAction',
        `The action ${action} is not valid for this web service.`,
      );
    // DryRun must never act: EC2 answers it with DryRunOperation (412) when the caller may act.
    if (params.flag('DryRun')) {
      throw new Ec2Error(
        'DryRunOperation',
        'Request would have succeeded, but DryRun flag is set.',
        412,
      );
    }
    const now = state.now();
    const filteredOrPaginated =
      params.has('Filter.1.Name') || params.has('MaxResults') || params.has('NextToken');
    if (
      options.throttler &&
      !options.throttler.admit(
        {
          region: request.region,
          action,
          filteredOrPaginated,
          resourceCount: resourceCount(action, params),
        },
        now,
      )
    ) {
      throw new Ec2Error('RequestLimitExceeded', 'Request limit exceeded.', 503);
    }
    if (now - (lastSweep.get(request.region) ?? 0) > SWEEP_INTERVAL_MS) {
      state.sweep(request.region, now);
      lastSweep.set(request.region, now);
    }
    const context: Ec2Context = { state, region: request.region, fleet, params, now };
    const inner = operation(context);
    if (MUTATING_ACTIONS.has(action)) {
      options.onMutation?.();
      options.onChange?.({ action, region: request.region, params, answer: inner, now });
    }
    return ec2Success(action, requestId, inner);
  }

  return async function ec2(request: AwsRequest): Promise<AwsResponse> {
    const requestId = randomUUID();
    try {
      return answer(request, requestId);
    } catch (error) {
      if (error instanceof Ec2Error)
        return ec2ErrorResponse(error.status, error.code, error.message, requestId);
      // Our own bug: answer as EC2 answers its failures, and keep the details in the log.
      console.error('local-aws ec2: internal error', error);
      return ec2ErrorResponse(500, 'InternalError', 'An internal error has occurred', requestId);
    }
  };
}
