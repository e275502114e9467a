/**
 * The read-only view of the emulated fleet that other emulated services (CloudWatch) consume.
 * The EC2 emulator implements it; consumers never touch EC2's mutable state directly.
 */
export interface RunningInterval {
  readonly from: Date;
  /** `null` while the instance is still running. */
  readonly to: Date | null;
}

export interface InstanceView {
  readonly region: string;
  readonly instanceId: string;
  readonly instanceType: string;
  /** Burstable families (t2, t3, t3a, t4g) earn and spend CPU credits. */
  readonly burstable: boolean;
  /** `true` with detailed monitoring (1-minute datapoints), `false` with basic (5-minute). */
  readonly detailedMonitoring: boolean;
  readonly launchTime: Date;
  /** Intervals in which the instance was `running`, oldest first, including seeded past stops. */
  readonly runningIntervals: readonly RunningInterval[];
  /** Failing status checks: which one, if any. */
  readonly impairment: 'none' | 'instance' | 'system';
  /**
   * EC2's state at the time of the call (`running`, `stopped`…). Optional so that hand-made views
   * in tests need not carry it; the EC2 emulator always sets it.
   */
  readonly state?: 'pending' | 'running' | 'shutting-down' | 'terminated' | 'stopping' | 'stopped';
  /**
   * The very first launch. `launchTime` follows EC2, where it moves to the last start; this one
   * never moves. Optional for the same reason as `state`.
   */
  readonly firstLaunchTime?: Date;
}

export interface FleetView {
  readonly regions: readonly string[];
  /** Every instance of the region, terminated ones included while they are still listed. */
  instances(region: string): readonly InstanceView[];
  instance(region: string, instanceId: string): InstanceView | undefined;
}
