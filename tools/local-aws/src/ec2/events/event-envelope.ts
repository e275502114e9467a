import { randomUUID } from 'node:crypto';
import { OWNER_ID } from '../protocol/instance-xml';
import type { InstanceStateName } from '../state/instance-record';

/** An EventBridge event as a rule's target receives it. */
export interface Ec2BusEvent {
  readonly version: '0';
  readonly id: string;
  readonly 'detail-type': string;
  readonly source: string;
  readonly account: string;
  readonly time: string;
  readonly region: string;
  readonly resources: readonly string[];
  readonly detail: Record<string, unknown>;
}

const iso = (at: number): string => new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z');

const instanceArn = (region: string, id: string): string =>
  `arn:aws:ec2:${region}:${OWNER_ID}:instance/${id}`;

/**
 * EC2's `EC2 Instance State-change Notification`: id and state only, as on AWS.
 *
 * @example
 * stateChangeEvent('eu-west-1', 'i-0abc', 'stopped', Date.now());
 */
export function stateChangeEvent(
  region: string,
  instanceId: string,
  state: InstanceStateName,
  at: number,
): Ec2BusEvent {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'EC2 Instance State-change Notification',
    source: 'aws.ec2',
    account: OWNER_ID,
    time: iso(at),
    region,
    resources: [instanceArn(region, instanceId)],
    detail: { 'instance-id': instanceId, state },
  };
}

/**
 * The `AWS API Call via CloudTrail` event of a successful EC2 call, with CloudTrail's
 * `requestParameters` / `responseElements` shapes for the parts the product reads.
 *
 * @example
 * cloudTrailEvent('us-east-1', 'CreateTags', { resourcesSet: { items: [{ resourceId: 'i-1' }] } }, null, Date.now());
 */
export function cloudTrailEvent(
  region: string,
  eventName: string,
  requestParameters: Record<string, unknown>,
  responseElements: Record<string, unknown> | null,
  at: number,
): Ec2BusEvent {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'AWS API Call via CloudTrail',
    source: 'aws.ec2',
    account: OWNER_ID,
    time: iso(at),
    region,
    resources: [],
    detail: {
      eventVersion: '1.09',
      userIdentity: { type: 'IAMUser', accountId: OWNER_ID, userName: 'local' },
      eventTime: iso(at),
      eventSource: 'ec2.amazonaws.com',
      eventName,
      awsRegion: region,
      sourceIPAddress: '127.0.0.1',
      userAgent: 'local-aws',
      requestParameters,
      responseElements,
      requestID: randomUUID(),
      eventID: randomUUID(),
      readOnly: false,
      eventType: 'AwsApiCall',
      managementEvent: true,
      recipientAccountId: OWNER_ID,
      eventCategory: 'Management',
    },
  };
}
