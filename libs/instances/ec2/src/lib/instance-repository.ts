import {
  DescribeInstanceAttributeCommand,
  DescribeInstancesCommand,
  EC2Client,
  EC2ServiceException,
  type Filter,
  paginateDescribeInstances,
} from '@aws-sdk/client-ec2';
import type { Instance, InstanceConfiguration, InstanceProtection } from '@fleet/contract';
import { regionalClients } from '@fleet/lambda-kit';
import { ec2FiltersOf, type InstanceFilters } from './ec2-filters';
import { toConfiguration } from './to-configuration';
import { toInstance } from './to-instance';

export type { InstanceFilters } from './ec2-filters';

/** Reads instances of one region; every call is one region, so callers fan out as they need. */
export interface InstanceRepository {
  /** Every instance of the region that EC2's filters let through, all pages followed. */
  list(region: string, filters: InstanceFilters): Promise<Instance[]>;
  /** One instance, or `undefined` if EC2 does not know it in that region. */
  find(region: string, id: string): Promise<Instance | undefined>;
  /** {@link find}, with the network, security and storage side of the same answer. */
  findWithConfiguration(
    region: string,
    id: string,
  ): Promise<{ instance: Instance; configuration: InstanceConfiguration } | undefined>;
  /** The instances of these ids that EC2 knows in the region (unknown ids are left out). */
  findMany(region: string, ids: readonly string[]): Promise<Instance[]>;
  /**
   * Termination and stop protection (two DescribeInstanceAttribute calls, side by side); a flag
   * that could not be read is `null`, so the instance still shows.
   */
  protection(region: string, id: string): Promise<InstanceProtection>;
}

// EC2's largest page: the fewest calls for a whole region.
const PAGE_SIZE = 1000;

// EC2 models no exception classes: its error codes arrive as the name of EC2ServiceException.
function isNotFound(error: unknown): boolean {
  return error instanceof EC2ServiceException && error.name === 'InvalidInstanceID.NotFound';
}

/**
 * An EC2 instance repository with one SDK client per region, kept for the life of the container.
 *
 * @example
 * const repository = createInstanceRepository();
 * const running = await repository.list('eu-west-1', { states: ['running'] });
 */
export function createInstanceRepository(
  clientFor = regionalClients((region) => new EC2Client({ region })),
): InstanceRepository {
  async function describe(region: string, filters: Filter[]): Promise<Instance[]> {
    const instances: Instance[] = [];
    const pages = paginateDescribeInstances(
      { client: clientFor(region), pageSize: PAGE_SIZE },
      { Filters: filters },
    );
    for await (const page of pages) {
      for (const reservation of page.Reservations ?? []) {
        for (const instance of reservation.Instances ?? []) {
          instances.push(toInstance(region, reservation, instance));
        }
      }
    }
    return instances;
  }

  async function describeOne(
    region: string,
    id: string,
  ): Promise<{ instance: Instance; configuration: InstanceConfiguration } | undefined> {
    try {
      const output = await clientFor(region).send(
        new DescribeInstancesCommand({ InstanceIds: [id] }),
      );
      const reservation = output.Reservations?.[0];
      const instance = reservation?.Instances?.[0];
      return reservation && instance
        ? {
            instance: toInstance(region, reservation, instance),
            configuration: toConfiguration(instance),
          }
        : undefined;
    } catch (error) {
      // A well-formed id EC2 has never seen (or has forgotten) is a 404, not a failure.
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  return {
    list: (region, filters) => describe(region, ec2FiltersOf(filters)),

    // An `instance-id` filter, not `InstanceIds`: one id EC2 has forgotten must not fail the rest.
    findMany: (region, ids) =>
      ids.length === 0
        ? Promise.resolve([])
        : describe(region, [{ Name: 'instance-id', Values: [...ids] }]),

    async find(region, id) {
      return (await describeOne(region, id))?.instance;
    },

    findWithConfiguration: describeOne,

    async protection(region, id) {
      const read = async (
        Attribute: 'disableApiTermination' | 'disableApiStop',
      ): Promise<boolean | null> => {
        try {
          const output = await clientFor(region).send(
            new DescribeInstanceAttributeCommand({ InstanceId: id, Attribute }),
          );
          const value =
            Attribute === 'disableApiStop'
              ? output.DisableApiStop?.Value
              : output.DisableApiTermination?.Value;
          return value ?? null;
        } catch {
          // The instance page is worth showing without its protection: "unknown", not a 503.
          return null;
        }
      };
      const [disableApiTermination, disableApiStop] = await Promise.all([
        read('disableApiTermination'),
        read('disableApiStop'),
      ]);
      return { disableApiTermination, disableApiStop };
    },
  };
}
