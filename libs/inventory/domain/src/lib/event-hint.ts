/** What an EventBridge event tells the inventory: which instances of which region to re-read. */
export interface EventHint {
  readonly region: string;
  readonly instanceIds: readonly string[];
  /** Epoch ms of the event (`time`); an entry observed after it already reflects the change. */
  readonly time: number;
}

/** The fields of an EventBridge envelope the inventory reads (`source: aws.ec2`). */
export interface Ec2Event {
  readonly 'detail-type'?: string;
  readonly region?: string;
  readonly time?: string;
  readonly detail?: unknown;
}

export const STATE_CHANGE = 'EC2 Instance State-change Notification';
export const CLOUDTRAIL_CALL = 'AWS API Call via CloudTrail';
/** The EC2 API calls whose CloudTrail events change what the list shows. */
export const TRACKED_CALLS = [
  'CreateTags',
  'DeleteTags',
  'ModifyInstanceAttribute',
  'RunInstances',
] as const;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;
const itemsOf = (set: unknown): Json[] =>
  isObject(set) && Array.isArray(set['items']) ? set['items'].filter(isObject) : [];
const instanceIds = (values: readonly unknown[]): string[] =>
  values.filter((value): value is string => typeof value === 'string' && value.startsWith('i-'));

function idsOfCall(detail: Json): string[] {
  if (detail['errorCode'] !== undefined) return []; // the call failed: nothing changed
  const request = isObject(detail['requestParameters']) ? detail['requestParameters'] : {};
  switch (detail['eventName']) {
    case 'CreateTags':
    case 'DeleteTags':
      return instanceIds(itemsOf(request['resourcesSet']).map((item) => item['resourceId']));
    case 'ModifyInstanceAttribute':
      return instanceIds([request['instanceId']]);
    case 'RunInstances': {
      const response = isObject(detail['responseElements']) ? detail['responseElements'] : {};
      return instanceIds(itemsOf(response['instancesSet']).map((item) => item['instanceId']));
    }
    default:
      return [];
  }
}

/**
 * Reads an EC2 state-change or CloudTrail-sourced event as a hint: the ids to re-read, never the
 * state to store — a state-change event carries only id and state, CloudTrail events can be
 * minutes late, and neither arrives in order. `null` for an event that concerns no instance.
 *
 * @example
 * hintOf({ 'detail-type': STATE_CHANGE, region: 'eu-west-1', time: '2026-11-29T10:00:00Z',
 *          detail: { 'instance-id': 'i-0abc', state: 'stopped' } });
 * // { region: 'eu-west-1', instanceIds: ['i-0abc'], time: 1795946400000 }
 */
export function hintOf(event: Ec2Event): EventHint | null {
  const detail = isObject(event.detail) ? event.detail : {};
  const ids =
    event['detail-type'] === STATE_CHANGE
      ? instanceIds([detail['instance-id']])
      : event['detail-type'] === CLOUDTRAIL_CALL
        ? idsOfCall(detail)
        : [];
  const region =
    typeof detail['awsRegion'] === 'string' ? detail['awsRegion'] : (event.region ?? '');
  const time = Date.parse(event.time ?? '');
  if (ids.length === 0 || region === '') return null;
  return { region, instanceIds: [...new Set(ids)], time: Number.isNaN(time) ? 0 : time };
}
