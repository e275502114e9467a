/** How long each EC2 transition takes and how long terminated instances stay visible. */
export interface TransitionDurations {
  /** `pending` → `running`. */
  readonly pendingMs: number;
  /** `stopping` → `stopped`. */
  readonly stoppingMs: number;
  /** `stopping` → `stopped` when the stop is forced (`Force=true`). */
  readonly forcedStoppingMs: number;
  /** `shutting-down` → `terminated`. */
  readonly shuttingDownMs: number;
  /** How long status checks report `initializing` after a start or a reboot. */
  readonly statusInitializingMs: number;
  /** How long a terminated instance stays listed (an hour on EC2). */
  readonly terminatedRetentionMs: number;
}

/** Seconds, like EC2 feels interactively; tests pass near-instant values instead. */
export const DEFAULT_DURATIONS: TransitionDurations = {
  pendingMs: 4_000,
  stoppingMs: 6_000,
  forcedStoppingMs: 1_000,
  shuttingDownMs: 5_000,
  statusInitializingMs: 10_000,
  terminatedRetentionMs: 60 * 60 * 1000,
};
