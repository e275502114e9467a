import { triggerOf } from './annotate-event-invocation';

describe('triggerOf', () => {
  it('reads a schedule off EventBridge’s Scheduled Event', () => {
    expect(
      triggerOf({ source: 'aws.events', 'detail-type': 'Scheduled Event', region: 'us-east-1' }),
    ).toBe('schedule');
  });

  it('reads any other event with a source as an EventBridge rule’s', () => {
    expect(
      triggerOf({ source: 'aws.ec2', 'detail-type': 'EC2 Instance State-change Notification' }),
    ).toBe('eventbridge');
  });

  it.each([{ region: 'eu-west-1' }, {}, null, 'text', 42])(
    'reads %p as a direct invoke',
    (event) => {
      expect(triggerOf(event)).toBe('invoke');
    },
  );
});
