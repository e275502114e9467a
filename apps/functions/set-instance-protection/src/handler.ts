import { runInstanceAction, targetsOf } from '@fleet/actions-domain';
import { createActionEc2 } from '@fleet/actions-ec2';
import {
  auditTablesFromEnv,
  createAuditWriter,
  deniedAttemptRecorder,
  idempotentRequests,
  requestContextOf,
} from '@fleet/audit-dynamodb';
import { ProtectionRequestSchema, type ActionResponse, type ApiError } from '@fleet/contract';
import {
  defineHttpFunction,
  httpResponse,
  type HttpInput,
  type HttpResponse,
} from '@fleet/lambda-kit';

const audit = createAuditWriter(auditTablesFromEnv());
const ports = { ec2: createActionEc2(), audit };
const spec = {
  permission: 'instances:protect',
  body: ProtectionRequestSchema,
  onForbidden: deniedAttemptRecorder('protect', audit),
  middlewares: [idempotentRequests()],
} as const;

/** `POST /instances/protection`: sets termination and stop protection on one instance or up to 50 (admins). */
export async function setInstanceProtection({
  body,
  principal,
  event,
  requestId,
}: HttpInput<typeof spec>): Promise<HttpResponse<ActionResponse | ApiError>> {
  const { disableApiTermination, disableApiStop, reason, ...targets } = body;
  const command = {
    action: 'protect',
    ...targetsOf(targets),
    reason,
    options: { protection: { disableApiTermination, disableApiStop } },
  } as const;
  const answer = await runInstanceAction(
    ports,
    command,
    requestContextOf(principal, event, requestId),
  );
  return httpResponse(answer.status, answer.body);
}

export const handler = defineHttpFunction(spec, setInstanceProtection);
