import { ec2Mutations } from '../lib/ec2-mutations';
import type { Scenario } from '../lib/scenario';
import { faultScenario, rebootsUnder } from './under-fault';

/** EC2 answers `RequestLimitExceeded` to 30 % of calls (pre-checks and mutations alike). */
export const ec2Throttling = faultScenario('EC2 throttling 30 %', [
  { service: 'ec2', requestLimitExceeded: 0.3 },
]);

/** 60 % of DynamoDB PutItem calls fail (claims, attempts, outcomes, idempotency records). */
export const dynamoDbPutFailures = faultScenario('DynamoDB PutItem failing 60 %', [
  { service: 'dynamodb', action: 'PutItem', internalError: 0.6 },
]);

/** Half of DynamoDB's writes take effect and then answer 500: the SDK retries its own write. */
export const dynamoDbLostAnswers = faultScenario('DynamoDB answers lost after commit', [
  { service: 'dynamodb', action: 'PutItem', lostAnswer: 0.5 },
  { service: 'dynamodb', action: 'UpdateItem', lostAnswer: 0.5 },
  { service: 'dynamodb', action: 'DeleteItem', lostAnswer: 0.5 },
]);

/** DynamoDB unavailable: every action answers 503 + Retry-After and EC2 is never called. */
export const dynamoDbDown: Scenario = {
  name: 'DynamoDB down',
  async act(context) {
    const answers = await rebootsUnder(context, [{ service: 'dynamodb', unavailable: 1 }], 0);
    const statuses = answers.map((answer) => answer.status);
    context.check(
      statuses.every((status) => status === 503),
      `every action answers 503 (got ${[...new Set(statuses)].join(', ')})`,
    );
    const mutations = (await ec2Mutations()).total;
    context.check(mutations === 0, `no EC2 mutation while DynamoDB is down (${mutations})`);
    return { keys: context.counts.faultRequests };
  },
};
