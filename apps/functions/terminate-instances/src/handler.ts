import { runInstanceAction, targetsOf } from '@fleet/actions-domain';
import { createActionEc2 } from '@fleet/actions-ec2';
import {
  auditTablesFromEnv,
  createAuditWriter,
  deniedAttemptRecorder,
  idempotentRequests,
  requestContextOf,
} from '@fleet/audit-dynamodb';
import { ActionRequestSchema, type ActionResponse, type ApiError } from '@fleet/contract';
import {
  defineHttpFunction,
  httpResponse,
  type HttpInput,
  type HttpResponse,
} from '@fleet/lambda-kit';

const audit = createAuditWriter(auditTablesFromEnv());
const ports = { ec2: createActionEc2(), audit };
const spec = {
  permission: 'instances:terminate',
  body: ActionRequestSchema,
  onForbidden: deniedAttemptRecorder('terminate', audit),
  middlewares: [idempotentRequests()],
} as const;

/** `POST /instances/terminate`: terminates one instance or up to 50 (a reason is required). */
export async function terminateInstances({
  body,
  principal,
  event,
  requestId,
}: HttpInput<typeof spec>): Promise<HttpResponse<ActionResponse | ApiError>> {
  const { reason, ...targets } = body;
  const command = { action: 'terminate', ...targetsOf(targets), reason, options: {} } as const;
  const answer = await runInstanceAction(
    ports,
    command,
    requestContextOf(principal, event, requestId),
  );
  return httpResponse(answer.status, answer.body);
}

export const handler = defineHttpFunction(spec, terminateInstances);
