import { Ec2Error, ec2Errors } from '../protocol/ec2-error';
import type { InstanceRecord } from '../state/instance-record';
import type { Ec2Context } from './context';

const INSTANCE_ID = /^i-(?:[0-9a-f]{8}|[0-9a-f]{17})$/;

/** Whether an id has EC2's instance id shape (`i-` and 8 or 17 hex digits). */
export function isInstanceId(id: string): boolean {
  return INSTANCE_ID.test(id);
}

/**
 * Resolves ids to listed instances, as EC2 validates them: a malformed id first, then every
 * missing id in one `InvalidInstanceID.NotFound`. Either fails the whole call.
 */
export function resolveInstances(context: Ec2Context, ids: readonly string[]): InstanceRecord[] {
  for (const id of ids) if (!isInstanceId(id)) throw ec2Errors.malformedInstanceId(id);
  const found: InstanceRecord[] = [];
  const missing: string[] = [];
  for (const id of new Set(ids)) {
    const record = context.state.findListed(context.region, id, context.now);
    if (record) found.push(record);
    else missing.push(id);
  }
  if (missing.length > 0) throw ec2Errors.instanceNotFound(missing);
  return found;
}

/** The `InstanceId.N` list of a request, which must not be empty. */
export function requiredInstanceIds(context: Ec2Context, parameter = 'InstanceId'): string[] {
  const ids = context.params.list(parameter);
  if (ids.length === 0) throw ec2Errors.missingParameter(`${parameter}s`);
  return ids;
}

/** The single `InstanceId` of attribute calls. */
export function requiredInstanceId(context: Ec2Context): InstanceRecord {
  const id = context.params.get('InstanceId');
  if (!id)
    throw new Ec2Error('MissingParameter', 'The request must contain the parameter InstanceId');
  const [record] = resolveInstances(context, [id]);
  return record as InstanceRecord;
}
