import type { BucketSize } from './fault-config';

// Sizes published in "Request throttling for the Amazon EC2 API" (Amazon EC2 developer guide,
// "Request token bucket sizes and refill rates" and "Resource token bucket sizes and refill rates").

/** Non-mutating actions (`Describe*`…) not in another category. */
const NON_MUTATING: BucketSize = { capacity: 100, refillPerSecond: 20 };
/** DescribeInstances and DescribeInstanceStatus without filter nor pagination. */
const UNFILTERED_UNPAGINATED: BucketSize = { capacity: 50, refillPerSecond: 10 };
/** Mutating actions not in another category (StopInstances, RebootInstances, ModifyInstanceAttribute). */
const MUTATING: BucketSize = { capacity: 50, refillPerSecond: 5 };

/** Actions AWS lists with their own request bucket ("Uncategorized actions"). */
const UNCATEGORIZED: Readonly<Record<string, BucketSize>> = {
  CreateTags: { capacity: 100, refillPerSecond: 10 },
  DeleteTags: { capacity: 100, refillPerSecond: 10 },
  RunInstances: { capacity: 5, refillPerSecond: 2 },
  StartInstances: { capacity: 5, refillPerSecond: 2 },
  TerminateInstances: { capacity: 100, refillPerSecond: 5 },
};

/** Resource buckets: one token per instance the call affects. */
export const RESOURCE_BUCKETS: Readonly<Record<string, BucketSize>> = {
  RunInstances: { capacity: 1000, refillPerSecond: 2 },
  TerminateInstances: { capacity: 1000, refillPerSecond: 20 },
  StartInstances: { capacity: 1000, refillPerSecond: 2 },
  StopInstances: { capacity: 1000, refillPerSecond: 20 },
};

const UNFILTERED_ACTIONS = new Set(['DescribeInstances', 'DescribeInstanceStatus']);

/** Which request bucket a call draws from, and its AWS size. */
export function requestBucketOf(
  action: string,
  filteredOrPaginated: boolean,
): { key: string; size: BucketSize } {
  if (UNFILTERED_ACTIONS.has(action) && !filteredOrPaginated) {
    return { key: `${action}#unfiltered`, size: UNFILTERED_UNPAGINATED };
  }
  const own = UNCATEGORIZED[action];
  if (own) return { key: action, size: own };
  return {
    key: action,
    size: /^(Describe|List|Search|Get)/.test(action) ? NON_MUTATING : MUTATING,
  };
}
