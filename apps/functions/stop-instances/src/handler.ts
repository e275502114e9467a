import { runInstanceAction, targetsOf } from '@fleet/actions-domain';
import { createActionEc2 } from '@fleet/actions-ec2';
import {
  auditTablesFromEnv,
  createAuditWriter,
  deniedAttemptRecorder,
  idempotentRequests,
  requestContextOf,
} from '@fleet/audit-dynamodb';
import { StopRequestSchema, type ActionResponse, type ApiError } from '@fleet/contract';
import {
  defineHttpFunction,
  httpResponse,
  type HttpInput,
  type HttpResponse,
} from '@fleet/lambda-kit';

const audit = createAuditWriter(auditTablesFromEnv());
const ports = { ec2: createActionEc2(), audit };
const spec = {
  permission: 'instances:stop',
  body: StopRequestSchema,
  onForbidden: deniedAttemptRecorder('stop', audit),
  middlewares: [idempotentRequests()],
} as const;

/** `POST /instances/stop`: stops (optionally forced or hibernating) one instance or up to 50. */
export async function stopInstances({
  body,
  principal,
  event,
  requestId,
}: HttpInput<typeof spec>): Promise<HttpResponse<ActionResponse | ApiError>> {
  const { force, hibernate, reason, ...targets } = body;
  const command = {
    action: 'stop',
    ...targetsOf(targets),
    reason,
    options: { force, hibernate },
  } as const;
  const answer = await runInstanceAction(
    ports,
    command,
    requestContextOf(principal, event, requestId),
  );
  return httpResponse(answer.status, answer.body);
}

export const handler = defineHttpFunction(spec, stopInstances);
