/** EC2's instance state names, in the order EC2 numbers them. */
export type InstanceStateName =
  'pending' | 'running' | 'shutting-down' | 'terminated' | 'stopping' | 'stopped';

/** EC2's numeric state codes (the low byte of `instanceState.code`). */
export const STATE_CODES: Readonly<Record<InstanceStateName, number>> = {
  pending: 0,
  running: 16,
  'shutting-down': 32,
  terminated: 48,
  stopping: 64,
  stopped: 80,
};

/** Why an instance entered a state, as EC2 reports it in `stateReason`. */
export type StateReasonCode =
  | 'pending'
  | 'Client.UserInitiatedShutdown'
  | 'Client.UserInitiatedHibernate'
  | 'Client.InstanceInitiatedShutdown';

/** One entry of an instance's timeline; events may lie in the future (a transition under way). */
export interface StateEvent {
  readonly state: InstanceStateName;
  /** Epoch milliseconds at which the instance enters `state`. */
  readonly at: number;
  /** Epoch milliseconds of the API call that caused it: EC2's `stateTransitionReason` shows it. */
  readonly requestedAt: number;
  readonly reason?: StateReasonCode;
}

/** Which status check an instance fails, if any (seeded, never changed by the API). */
export type Impairment = 'none' | 'instance' | 'system';

/**
 * The mutable record of one emulated instance. Its state is never stored: it is read from `events`
 * at the time of each request, so transitions "happen" without timers.
 */
export interface InstanceRecord {
  readonly instanceId: string;
  readonly reservationId: string;
  readonly region: string;
  /** Creation order within the region: pagination tokens point at it. */
  readonly ordinal: number;
  readonly availabilityZone: string;
  readonly imageId: string;
  instanceType: string;
  readonly architecture: 'x86_64' | 'arm64';
  readonly platformDetails: string;
  readonly keyName: string;
  readonly privateIpAddress: string;
  readonly publicIpAddress: string;
  readonly vpcId: string;
  readonly subnetId: string;
  readonly spot: boolean;
  readonly hibernationConfigured: boolean;
  detailedMonitoring: boolean;
  disableApiTermination: boolean;
  disableApiStop: boolean;
  impairment: Impairment;
  /** Tag key → value, in insertion order as EC2 keeps them. */
  readonly tags: Map<string, string>;
  /** Oldest first; the first event is the first launch (`pending`). */
  events: StateEvent[];
  /** Last reboot, for status checks that re-initialise after it. */
  lastRebootAt: number | null;
  /** Bumped on every mutation: cached XML fragments are keyed on it. */
  version: number;
}

/** The serialised `<item>` of a record and what it was built from (see `instanceXml`). */
export interface XmlCacheEntry {
  readonly version: number;
  readonly event: StateEvent;
  readonly xml: string;
}
