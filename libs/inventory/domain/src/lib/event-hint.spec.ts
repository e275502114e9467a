import { CLOUDTRAIL_CALL, STATE_CHANGE, hintOf } from './event-hint';

const time = '2026-11-29T10:00:00Z';

/** A CloudTrail "AWS API Call via CloudTrail" event of us-east-1, as EventBridge delivers it. */
function apiCall(detail: Record<string, unknown>): Parameters<typeof hintOf>[0] {
  return { 'detail-type': CLOUDTRAIL_CALL, region: 'us-east-1', time, detail };
}

describe('hintOf', () => {
  it('reads the id and region of a state-change notification', () => {
    const hint = hintOf({
      'detail-type': STATE_CHANGE,
      region: 'eu-west-1',
      time,
      detail: { 'instance-id': 'i-0abc', state: 'stopped' },
    });

    expect(hint).toEqual({ region: 'eu-west-1', instanceIds: ['i-0abc'], time: Date.parse(time) });
  });

  it('reads the instances of a CreateTags call, leaving other resources out', () => {
    const hint = hintOf(
      apiCall({
        eventName: 'CreateTags',
        awsRegion: 'us-east-1',
        requestParameters: {
          resourcesSet: { items: [{ resourceId: 'i-01' }, { resourceId: 'vol-02' }] },
        },
      }),
    );

    expect(hint?.instanceIds).toEqual(['i-01']);
  });

  it('reads the launched instances of a RunInstances call from its response', () => {
    const hint = hintOf(
      apiCall({
        eventName: 'RunInstances',
        responseElements: {
          instancesSet: { items: [{ instanceId: 'i-1' }, { instanceId: 'i-2' }] },
        },
      }),
    );

    expect(hint?.instanceIds).toEqual(['i-1', 'i-2']);
  });

  it('ignores a call that failed and an event about something else', () => {
    const failed = hintOf(
      apiCall({
        eventName: 'ModifyInstanceAttribute',
        errorCode: 'Client.UnauthorizedOperation',
        requestParameters: { instanceId: 'i-1' },
      }),
    );
    const spot = hintOf({
      'detail-type': 'EC2 Spot Instance Interruption Warning',
      region: 'us-east-1',
      detail: { 'instance-id': 'i-1' },
    });

    expect(failed).toBeNull();
    expect(spot).toBeNull();
  });
});
