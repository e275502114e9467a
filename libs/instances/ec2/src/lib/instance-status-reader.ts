import {
  DescribeInstanceStatusCommand,
  EC2Client,
  EC2ServiceException,
  type DescribeInstanceStatusCommandOutput,
  type InstanceStatusSummary,
} from '@aws-sdk/client-ec2';
import type { StatusCheck, StatusChecks } from '@fleet/contract';
import { regionalClients } from '@fleet/lambda-kit';

/** Reads status checks; every call is one region. */
export interface InstanceStatusReader {
  /** The checks of the named instances EC2 reports on (running ones), by instance id. */
  checks(region: string, ids: readonly string[]): Promise<Map<string, StatusChecks>>;
}

// DescribeInstanceStatus takes at most 100 instance ids per call.
const IDS_PER_CALL = 100;
const CHECKS = new Set<string>([
  'ok',
  'impaired',
  'initializing',
  'insufficient-data',
  'not-applicable',
]);

const checkOf = (summary: InstanceStatusSummary | undefined): StatusCheck => {
  const status = summary?.Status ?? 'insufficient-data';
  return (CHECKS.has(status) ? status : 'insufficient-data') as StatusCheck;
};

// EC2 refuses the whole call when one id is gone (a terminated instance EC2 has forgotten) and
// names the missing ids in its message: ask again without them.
function missingIds(error: unknown): Set<string> | undefined {
  if (!(error instanceof EC2ServiceException) || error.name !== 'InvalidInstanceID.NotFound')
    return undefined;
  return new Set(error.message.match(/i-[0-9a-f]+/g) ?? []);
}

/**
 * A DescribeInstanceStatus reader with one SDK client per region. Without `IncludeAllInstances`
 * EC2 reports running instances only, and does not fail on ids it knows but cannot report on.
 *
 * @example
 * const reader = createInstanceStatusReader();
 * (await reader.checks('eu-west-1', ['i-0abc1234'])).get('i-0abc1234'); // { system: 'ok', instance: 'ok' }
 */
export function createInstanceStatusReader(
  clientFor = regionalClients((region) => new EC2Client({ region })),
): InstanceStatusReader {
  async function describe(
    region: string,
    ids: readonly string[],
    nextToken: string | undefined,
  ): Promise<DescribeInstanceStatusCommandOutput | undefined> {
    let asked = [...ids];
    while (asked.length > 0) {
      try {
        return await clientFor(region).send(
          new DescribeInstanceStatusCommand({ InstanceIds: asked, NextToken: nextToken }),
        );
      } catch (error) {
        const missing = missingIds(error);
        if (!missing || missing.size === 0) throw error;
        asked = asked.filter((id) => !missing.has(id));
      }
    }
    return undefined;
  }

  return {
    async checks(region, ids) {
      const found = new Map<string, StatusChecks>();
      for (let at = 0; at < ids.length; at += IDS_PER_CALL) {
        let nextToken: string | undefined;
        do {
          const answer = await describe(region, ids.slice(at, at + IDS_PER_CALL), nextToken);
          for (const status of answer?.InstanceStatuses ?? []) {
            if (!status.InstanceId) continue;
            found.set(status.InstanceId, {
              system: checkOf(status.SystemStatus),
              instance: checkOf(status.InstanceStatus),
            });
          }
          nextToken = answer?.NextToken;
        } while (nextToken);
      }
      return found;
    },
  };
}
