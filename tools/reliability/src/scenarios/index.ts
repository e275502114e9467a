import type { Scenario } from '../lib/scenario';
import { contractFuzzing } from './contract-fuzzing';
import {
  dynamoDbDown,
  dynamoDbLostAnswers,
  dynamoDbPutFailures,
  ec2Throttling,
} from './fault-scenarios';
import { oneInstanceBurst } from './one-instance-burst';
import { sameKeyRace } from './same-key-race';
import { sameKeySequence } from './same-key-sequence';
import { slowEc2Reconcile } from './slow-ec2-reconcile';

/** The scenarios, in its order: one row each. */
export const SCENARIOS: readonly Scenario[] = [
  contractFuzzing,
  sameKeyRace,
  sameKeySequence,
  oneInstanceBurst,
  ec2Throttling,
  dynamoDbPutFailures,
  dynamoDbLostAnswers,
  dynamoDbDown,
  slowEc2Reconcile,
];
