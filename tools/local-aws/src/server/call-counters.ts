/** Calls of one action, by region. */
export interface ActionCount {
  total: number;
  /** Calls answered with an error status (4xx/5xx), injected faults included. */
  errors: number;
  regions: Record<string, number>;
}

/** What `GET /_local/counters` answers. */
export interface CountersSnapshot {
  total: number;
  services: Record<string, { total: number; actions: Record<string, ActionCount> }>;
}

/** Counts AWS calls by service, action and region: tests and benchmarks read them over HTTP. */
export class CallCounters {
  private snapshotValue: CountersSnapshot = { total: 0, services: {} };

  record(service: string, action: string, region: string, status: number): void {
    const counters = this.snapshotValue;
    counters.total++;
    const byService = (counters.services[service] ??= { total: 0, actions: {} });
    byService.total++;
    const byAction = (byService.actions[action] ??= { total: 0, errors: 0, regions: {} });
    byAction.total++;
    if (status >= 400) byAction.errors++;
    byAction.regions[region] = (byAction.regions[region] ?? 0) + 1;
  }

  snapshot(): CountersSnapshot {
    return structuredClone(this.snapshotValue);
  }

  reset(): void {
    this.snapshotValue = { total: 0, services: {} };
  }
}
