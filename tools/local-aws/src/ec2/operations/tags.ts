import { Ec2Error, ec2Errors } from '../protocol/ec2-error';
import type { InstanceRecord } from '../state/instance-record';
import type { Ec2Context, Ec2Operation } from './context';
import { isInstanceId, resolveInstances } from './instance-ids';

/** EC2 allows at most 50 user tags per resource. */
const MAX_TAGS = 50;

function taggedInstances(context: Ec2Context): InstanceRecord[] {
  const ids = context.params.list('ResourceId');
  if (ids.length === 0) throw ec2Errors.missingParameter('ResourceId');
  for (const id of ids) {
    // Only instances are emulated: other resource ids are well-formed but never exist here.
    if (!isInstanceId(id) && /^[a-z]+-[0-9a-f]{8,17}$/.test(id)) {
      throw new Ec2Error('InvalidID', `The ID '${id}' is not valid`);
    }
  }
  return resolveInstances(context, ids);
}

function requestedTags(context: Ec2Context): { key: string; value: string | undefined }[] {
  return context.params
    .structs('Tag')
    .map((fields) => ({ key: fields.get('Key') ?? '', value: fields.get('Value') }));
}

/** CreateTags: adds or overwrites tags on every listed instance, all-or-nothing. */
export const createTags: Ec2Operation = (context) => {
  const records = taggedInstances(context);
  const tags = requestedTags(context);
  if (tags.length === 0) throw ec2Errors.missingParameter('Tag');
  for (const { key } of tags) {
    if (key === '') throw ec2Errors.invalidParameterValue('Tag key cannot be empty');
    if (key.toLowerCase().startsWith('aws:')) {
      throw ec2Errors.invalidParameterValue(
        `Tag keys starting with 'aws:' are reserved for internal use`,
      );
    }
  }
  for (const record of records) {
    const keys = new Set([...record.tags.keys(), ...tags.map((t) => t.key)]);
    if (keys.size > MAX_TAGS) {
      throw new Ec2Error(
        'TagLimitExceeded',
        `The maximum number of Tags for a resource has been reached.`,
      );
    }
  }
  for (const record of records) {
    for (const { key, value } of tags) record.tags.set(key, value ?? '');
    record.version++;
  }
  return '<return>true</return>';
};

/**
 * DeleteTags: without tags, removes them all; a tag with a value is removed only when the value
 * matches; a key alone removes the tag whatever its value (an empty value matches only "").
 */
export const deleteTags: Ec2Operation = (context) => {
  const records = taggedInstances(context);
  const tags = requestedTags(context);
  for (const record of records) {
    if (tags.length === 0) record.tags.clear();
    for (const { key, value } of tags) {
      if (value === undefined || record.tags.get(key) === value) record.tags.delete(key);
    }
    record.version++;
  }
  return '<return>true</return>';
};
