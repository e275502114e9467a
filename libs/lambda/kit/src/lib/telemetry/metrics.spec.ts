import { flagsOf, type AnswerFacts } from './answer-facts';

// Unit tests switch metrics off (tools/testing/src/unit-env.cjs): this file loads the kit's
// Metrics with them on, as a function runs.
let recordAuditWrite: typeof import('./metrics').recordAuditWrite;
let recordInvocation: typeof import('./metrics').recordInvocation;
let recordUnsettledAttempts: typeof import('./metrics').recordUnsettledAttempts;

beforeAll(async () => {
  process.env.POWERTOOLS_METRICS_DISABLED = 'false';
  jest.resetModules();
  ({ recordAuditWrite, recordInvocation, recordUnsettledAttempts } = await import('./metrics'));
});

afterAll(() => {
  process.env.POWERTOOLS_METRICS_DISABLED = 'true';
});

// Powertools Metrics prints one EMF document per flush on stdout: read them back as CloudWatch
// Logs would.
function emfOf(act: () => void): Record<string, unknown>[] {
  const lines: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    act();
  } finally {
    spy.mockRestore();
  }
  return lines
    .flatMap((line) => line.split('\n'))
    .filter((line) => line.startsWith('{"_aws"'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const facts = (status: number): AnswerFacts => ({
  status,
  flags: flagsOf(status),
  annotations: {},
  outcomes: {},
});

describe('the kit metrics', () => {
  it("emits the inventory's age from a page that says when it was synced", () => {
    const syncedAt = new Date(Date.now() - 90_000).toISOString();

    const [document] = emfOf(() =>
      recordInvocation(facts(200), 12, { items: [], inventory: { syncedAt, updatedAt: null } }),
    );

    expect(document?.['InventoryAge']).toBeGreaterThanOrEqual(90);
    expect(document?.['InventoryAge']).toBeLessThan(120);
    expect(document?.['Requests']).toBe(1);
  });

  it('emits no inventory age for a page of a region never synced', () => {
    const [document] = emfOf(() =>
      recordInvocation(facts(200), 12, { items: [], inventory: { syncedAt: null } }),
    );

    expect(document).not.toHaveProperty('InventoryAge');
  });

  it('counts a failed audit write with its latency', () => {
    const [document] = emfOf(() => recordAuditWrite(8.5, false));

    expect(document).toMatchObject({ AuditWriteLatency: 8.5, AuditWriteFailures: 1 });
  });

  it('emits the unsettled attempts, zero included, so the alarm always has a datapoint', () => {
    const [document] = emfOf(() => recordUnsettledAttempts(0));

    expect(document).toMatchObject({ UnsettledAttempts: 0 });
  });
});
