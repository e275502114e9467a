import { principalFromGroups } from '@fleet/access';
import { apiGatewayEvent } from '@fleet/testing';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { answerFacts, flagsOf } from './answer-facts';
import { MAX_ANNOTATIONS, searchableAnnotations } from './trace-annotations';

const operator = principalFromGroups('sub-1', 'op@example.com', ['operators', 'team-payments']);

// After the kit's JSON body parser, the event carries the parsed body.
function withBody(event: APIGatewayProxyEvent, body: unknown): APIGatewayProxyEvent {
  return { ...event, body: body as string };
}

describe('answerFacts', () => {
  it('flags 4xx as errors, 429 also as a throttle, 5xx as faults, 2xx as nothing', () => {
    expect(flagsOf(200)).toEqual({ error: false, throttle: false, fault: false });
    expect(flagsOf(403)).toEqual({ error: true, throttle: false, fault: false });
    expect(flagsOf(429)).toEqual({ error: true, throttle: true, fault: false });
    expect(flagsOf(503)).toEqual({ error: false, throttle: false, fault: true });
  });

  it('annotates an action with caller, scope, regions, instances and outcome counts', () => {
    const event = withBody(
      apiGatewayEvent({ method: 'POST', path: '/instances/stop', principal: operator }),
      {
        instances: [
          { region: 'eu-west-1', id: 'i-0a' },
          { region: 'us-east-1', id: 'i-0b' },
        ],
      },
    );
    const answer = {
      action: 'stop',
      results: [{ outcome: 'succeeded' }, { outcome: 'refused' }],
    };

    const facts = answerFacts('stop-instances', 'instances:stop', event, 200, answer);

    expect(facts.annotations).toMatchObject({
      function: 'stop-instances',
      route: 'POST /instances/stop',
      role: 'operators',
      teamScope: 'payments',
      user: 'op@example.com',
      regions: 'eu-west-1,us-east-1',
      instances: 'i-0a,i-0b',
      instanceCount: 2,
      action: 'stop',
      outcome_succeeded: 1,
      outcome_refused: 1,
    });
    expect(facts.cause).toBeUndefined();
  });

  it('names the attempted action and the error code of a refused caller', () => {
    const event = apiGatewayEvent({ method: 'POST', path: '/instances/stop', principal: operator });

    const facts = answerFacts('stop-instances', 'instances:stop', event, 403, {
      code: 'Forbidden',
      message: 'Your role (viewers) may not stop instances.',
    });

    expect(facts.action).toBe('stop');
    expect(facts.annotations).toMatchObject({ errorCode: 'Forbidden', status: 403 });
    expect(facts.cause).toEqual({
      code: 'Forbidden',
      message: 'Your role (viewers) may not stop instances.',
    });
  });

  it('counts the instances of a page, with no action for a read', () => {
    const facts = answerFacts('list-instances', 'instances:read', apiGatewayEvent(), 200, {
      items: [{}, {}, {}],
    });

    expect(facts.annotations.instanceCount).toBe(3);
    expect(facts.annotations.action).toBeUndefined();
    expect(facts.annotations.teamScope).toBe('all');
  });
});

describe('searchableAnnotations', () => {
  it('keeps X-Ray-indexable keys only, drops undefined values and caps the count', () => {
    const many = Object.fromEntries(Array.from({ length: 60 }, (_, index) => [`k${index}`, index]));

    expect(
      searchableAnnotations({ ok_1: 'a', 'bad-key': 'b', 'bad.key': 'c', gone: undefined }),
    ).toEqual({ ok_1: 'a' });
    expect(Object.keys(searchableAnnotations(many))).toHaveLength(MAX_ANNOTATIONS);
    expect(searchableAnnotations({ long: 'x'.repeat(2_000) }).long).toHaveLength(1_000);
  });
});
