const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// CloudWatch's retention schedule ("Metrics retention", CloudWatch user guide): finer data is
// rolled up as it ages, so the finest period a query may ask for depends on how old its start is.
const RETENTION: readonly { readonly upToAgeSeconds: number; readonly finestPeriod: number }[] = [
  { upToAgeSeconds: 3 * HOUR, finestPeriod: 1 },
  { upToAgeSeconds: 15 * DAY, finestPeriod: MINUTE },
  { upToAgeSeconds: 63 * DAY, finestPeriod: 5 * MINUTE },
  { upToAgeSeconds: 455 * DAY, finestPeriod: HOUR },
];

/** The oldest data CloudWatch keeps, in seconds (15 months). */
export const MAX_RETENTION_SECONDS = 455 * DAY;

/**
 * The finest period CloudWatch still holds for data `ageSeconds` old; a finer one would answer
 * nothing for that stretch. Throws for data older than CloudWatch keeps.
 *
 * @example
 * finestRetainedPeriod(14 * 86400); // 60
 * finestRetainedPeriod(30 * 86400); // 300
 */
export function finestRetainedPeriod(ageSeconds: number): number {
  const tier = RETENTION.find((candidate) => ageSeconds <= candidate.upToAgeSeconds);
  if (!tier)
    throw new RangeError(`CloudWatch keeps no data older than ${MAX_RETENTION_SECONDS} seconds`);
  return tier.finestPeriod;
}
