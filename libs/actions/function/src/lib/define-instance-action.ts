import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import type { Permission } from '@fleet/access';
import {
  runInstanceAction,
  targetsOf,
  type ActionAnswer,
  type ActionCommand,
  type ActionContext,
  type ActionOptions,
} from '@fleet/actions-domain';
import { rawDynamoDbClient } from '@fleet/audit-dynamodb';
import type { InstanceAction, InstanceRef } from '@fleet/contract';
import { defineHttpFunction, httpResponse, logger } from '@fleet/lambda-kit';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import type { MiddyfiedHandler } from '@middy/core';
import type * as z from 'zod/mini';
import { defaultActionPorts, type InstanceActionPorts } from './action-ports';
import { deniedAttemptRecorder } from './denied-attempt-recorder';
import { idempotentRuns, type RunOnce } from './idempotent-runs';
import { requestContextOf } from './request-context';

/** The fields every action body has: one instance or a list, and an optional reason. */
export interface ActionBody {
  readonly region?: string;
  readonly id?: string;
  readonly instances?: readonly InstanceRef[];
  readonly reason?: string;
}

/** What an action function declares: the action, the permission it needs, its body schema. */
export interface InstanceActionSpec<S extends z.ZodMiniType<ActionBody>> {
  readonly action: InstanceAction;
  readonly permission: Permission;
  readonly body: S;
  /** The action's options read from its validated body (stop's `force`); none if left out. */
  readonly options?: (body: z.output<S>) => ActionOptions;
}

/** What a deployed action needs besides its spec; tests pass their own. */
export interface InstanceActionWiring {
  readonly ports: InstanceActionPorts;
  readonly runOnce: RunOnce;
}

function defaultWiring(): InstanceActionWiring {
  const store = new DynamoDBPersistenceLayer({
    tableName: process.env.IDEMPOTENCY_TABLE ?? 'idempotency-table-not-configured',
    awsSdkV3Client: rawDynamoDbClient(),
  });
  return { ports: defaultActionPorts(), runOnce: idempotentRuns(store) };
}

async function act(
  ports: InstanceActionPorts,
  command: ActionCommand,
  context: ActionContext,
): Promise<ActionAnswer> {
  const answer = await runInstanceAction(ports, command, context);
  if (answer.status === 200 && ports.afterMutation) {
    await ports
      .afterMutation(answer.body.results, command)
      .catch((error: unknown) =>
        logger.error('afterMutation failed; the answer stands', { error: error as Error }),
      );
  }
  return answer;
}

/**
 * One instance action function, wired as every action is: the kit's chain (permission checked
 * before the body is read, then validation), a `denied` record for a caller refused by role,
 * at most one run per `Idempotency-Key` (see `idempotentRuns`), the run itself
 * (`runInstanceAction`: audit attempt, EC2 call, audit outcome), then `afterMutation`.
 *
 * @example
 * export const handler = defineInstanceAction({
 *   action: 'stop',
 *   permission: 'instances:stop',
 *   body: StopRequestSchema,
 *   options: ({ force, hibernate }) => ({ force, hibernate }),
 * });
 */
export function defineInstanceAction<S extends z.ZodMiniType<ActionBody>>(
  spec: InstanceActionSpec<S>,
  wiring: InstanceActionWiring = defaultWiring(),
): MiddyfiedHandler<APIGatewayProxyEvent, APIGatewayProxyResult> {
  const { ports, runOnce } = wiring;
  const httpSpec = {
    permission: spec.permission,
    body: spec.body,
    onForbidden: deniedAttemptRecorder(spec.action, ports.audit),
  };
  return defineHttpFunction(
    httpSpec,
    async ({ body, principal, event, requestId, traceId, context }) => {
      const parsed = body as z.output<S>;
      const command: ActionCommand = {
        action: spec.action,
        ...targetsOf(parsed),
        reason: parsed.reason,
        options: spec.options?.(parsed) ?? {},
      };
      const keyed = {
        key: event.headers?.['idempotency-key'],
        owner: [principal.sub, spec.action],
        body: parsed,
      };
      const answer = await runOnce(keyed, context, () =>
        act(ports, command, requestContextOf(principal, event, { requestId, traceId })),
      );
      const retry = answer.status === 200 ? answer.retryAfterSeconds : undefined;
      return httpResponse(
        answer.status,
        answer.body,
        retry === undefined ? undefined : { 'Retry-After': String(retry) },
      );
    },
  );
}
