import type { Ec2Operation } from './context';
import { describeInstanceStatus } from './describe-instance-status';
import { describeInstanceTypes } from './describe-instance-types';
import { describeInstances } from './describe-instances';
import { describeAvailabilityZones, describeRegions } from './describe-regions';
import { describeInstanceAttribute, modifyInstanceAttribute } from './instance-attributes';
import { runInstances } from './run-instances';
import {
  rebootInstances,
  startInstances,
  stopInstances,
  terminateInstances,
} from './state-changes';
import { createTags, deleteTags } from './tags';

/** Every emulated EC2 action by its API name. */
export const EC2_OPERATIONS: Readonly<Record<string, Ec2Operation>> = {
  DescribeInstances: describeInstances,
  DescribeInstanceStatus: describeInstanceStatus,
  StartInstances: startInstances,
  StopInstances: stopInstances,
  RebootInstances: rebootInstances,
  TerminateInstances: terminateInstances,
  DescribeInstanceAttribute: describeInstanceAttribute,
  ModifyInstanceAttribute: modifyInstanceAttribute,
  CreateTags: createTags,
  DeleteTags: deleteTags,
  RunInstances: runInstances,
  DescribeRegions: describeRegions,
  DescribeAvailabilityZones: describeAvailabilityZones,
  DescribeInstanceTypes: describeInstanceTypes,
};

/** Actions that change state: the state file is rewritten after them. */
export const MUTATING_ACTIONS: ReadonlySet<string> = new Set([
  'StartInstances',
  'StopInstances',
  'RebootInstances',
  'TerminateInstances',
  'ModifyInstanceAttribute',
  'CreateTags',
  'DeleteTags',
  'RunInstances',
]);
