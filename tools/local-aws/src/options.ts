import type { EventRule } from './ec2/events/local-event-bus';
import type { TransitionDurations } from './ec2/state/durations';
import type { FaultConfig } from './faults/fault-config';
import type { FleetView } from './fleet/fleet-view';
import type { AwsServiceHandler } from './service-handler';

/** Regions seeded when none are given. */
export const DEFAULT_REGIONS: readonly string[] = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];

/** Instances seeded when no count is given. */
export const DEFAULT_INSTANCES = 60;

/** Builds an extra service from the fleet, e.g. a replacement CloudWatch. */
export type ServiceFactory = (fleet: FleetView) => AwsServiceHandler;

/** Options of `createLocalAws`; every field has a default. */
export interface LocalAwsOptions {
  /** TCP port; 0 (the default) picks a free one. */
  readonly port?: number;
  /** Interface to listen on; `127.0.0.1` by default (loopback only). */
  readonly host?: string;
  /** Regions with their own EC2 state; others answer `AuthFailure`. Default `us-east-1,eu-west-1,ap-southeast-2`. */
  readonly regions?: readonly string[];
  /** Seeded instances over all regions; default 60. */
  readonly instances?: number;
  /** Seed of the generated fleet; default `fleet-console`. */
  readonly seed?: string | number;
  /** Transition timings; tests pass near-zero values. */
  readonly durations?: Partial<TransitionDurations>;
  /** Faults active from the start; none by default. */
  readonly faults?: FaultConfig;
  /** No per-call log lines. */
  readonly quiet?: boolean;
  /** Where log lines go; `console.log` by default. */
  readonly log?: (line: string) => void;
  /** Load the fleet from this file (seed it when missing) and write every change back to it. */
  readonly stateFile?: string;
  /** The clock, for tests that pin time; the system clock by default. */
  readonly now?: () => Date;
  /**
   * Services passed on, as they are, to another endpoint by SigV4 service name (e.g.
   * `{ dynamodb: 'http://127.0.0.1:4567' }`): counted, logged and subject to faults like the
   * emulated ones, so a test can make DynamoDB unavailable.
   */
  readonly forward?: Readonly<Record<string, string>>;
  /**
   * The local EventBridge default bus: its rules (pattern + target URL) and whether it delivers.
   * EC2's state changes and CloudTrail-sourced call events go to every matching rule's target.
   */
  readonly events?: { readonly rules?: readonly EventRule[]; readonly enabled?: boolean };
  /**
   * Where the X-Ray collector listens for segment documents over UDP (`host:port`, as in
   * `AWS_XRAY_DAEMON_ADDRESS`); `127.0.0.1:0` (the default) picks a free port.
   */
  readonly xrayDaemonAddress?: string;
  /** Extra or replacement services by SigV4 service name. */
  readonly services?: Readonly<Record<string, ServiceFactory>>;
}

/** A running local AWS. */
export interface LocalAws {
  /** `http://127.0.0.1:<port>`: the endpoint to give SDK clients. */
  readonly url: string;
  readonly port: number;
  readonly regions: readonly string[];
  /** `host:port` of the X-Ray collector: the value for `AWS_XRAY_DAEMON_ADDRESS`. */
  readonly xrayDaemonAddress: string;
  /** Read-only view of the EC2 fleet (what CloudWatch reads). */
  readonly fleet: FleetView;
  /** Stops the server and writes the state file if any. */
  close(): Promise<void>;
}
