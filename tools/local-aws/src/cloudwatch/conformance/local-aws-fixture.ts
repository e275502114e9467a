import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { InstanceView } from '../../fleet/fleet-view';
import type { LocalAws } from '../../index';
import { createLocalAws } from '../../index';

/** The pinned clock of the wire tests: answers are reproducible. */
export const wireNow = new Date('2026-11-25T12:00:00Z');

/** The local AWS with its default seeded fleet, at a pinned time. */
export function startLocalAws(): Promise<LocalAws> {
  return createLocalAws({ quiet: true, now: () => wireNow });
}

/** A current-SDK CloudWatch client (AWS JSON 1.0) aimed at the local AWS. */
export function cloudWatchClient(aws: LocalAws, region = 'eu-west-1'): CloudWatchClient {
  return new CloudWatchClient({
    endpoint: aws.url,
    region,
    credentials: { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
}

/** A seeded instance running now, with at least one stop in its past (a gap in its metrics). */
export function instanceWithPastStop(aws: LocalAws, region = 'eu-west-1'): InstanceView {
  const found = aws.fleet
    .instances(region)
    .find(
      (instance) =>
        instance.runningIntervals.length > 1 && instance.runningIntervals.at(-1)?.to === null,
    );
  if (!found) throw new Error(`no running instance with a past stop in ${region}`);
  return found;
}

/** A seeded instance running now. */
export function runningInstance(
  aws: LocalAws,
  region = 'eu-west-1',
  detailed?: boolean,
): InstanceView {
  const found = aws.fleet
    .instances(region)
    .find(
      (instance) =>
        instance.runningIntervals.at(-1)?.to === null &&
        (instance.runningIntervals.at(-1)?.from.getTime() ?? Infinity) <
          wireNow.getTime() - 2 * 3_600_000 &&
        (detailed === undefined || instance.detailedMonitoring === detailed),
    );
  if (!found) throw new Error(`no running instance in ${region}`);
  return found;
}

/** A fake SigV4 Authorization header whose credential scope names the region. */
export function fakeAuthorization(region: string): string {
  return `AWS4-HMAC-SHA256 Credential=AKIDLOCAL/20261125/${region}/monitoring/aws4_request, SignedHeaders=host, Signature=0`;
}
