/**
 * Benchmark of the metrics API over the whole local stack (HTTP → serverless-offline → SDK →
 * local CloudWatch): AWS calls per view (from the emulator's counters) and latency per view.
 * Run: `npx tsx apps/functions/get-instance-metrics/bench/metrics.bench.ts` (or `npm run bench metrics`).
 * Starts its own stack on free ports and stops it; prints markdown tables.
 */
import { cpus, loadavg } from 'node:os';
import type {
  CpuSparklines,
  Instance,
  InstanceMetrics,
  InstancePage,
  InstanceRef,
  MetricRange,
} from '@fleet/contract';
import { METRIC_RANGES } from '@fleet/contract';
import { startLocalStack } from '@fleet/local-stack';
import { idTokenOf, percentile } from '@fleet/testing';

// Enough instances that 500 real ones can be asked for at once.
const INSTANCES = 600;
const RUNS = 20;
// [instances, who asks]: a viewer's team scope costs one DescribeInstances per region named.
const SPARKLINE_ROWS = [
  [50, 'admin'],
  [100, 'admin'],
  [500, 'admin'],
  [500, 'viewer'],
] as const;

interface Counters {
  services: Record<
    string,
    { actions: Record<string, { total: number; regions: Record<string, number> }> }
  >;
}

/**
 * Calls the local stack makes on its own, whenever they fall due, not on the request's behalf: the
 * gateway's and Lambda's segments uploaded to X-Ray, and the metrics the functions log (EMF)
 * forwarded to CloudWatch. On AWS neither is an API call of the function's; counted, they would
 * land on whichever request was running when their batch went out.
 */
const stackOwnUpload = (service: string, action: string): boolean =>
  service === 'xray' || (service === 'monitoring' && action === 'PutMetricData');

interface Timed {
  p50: number;
  p95: number;
  bytes: number;
}

async function main(): Promise<void> {
  const stack = await startLocalStack({
    ports: 'free',
    web: 'none',
    output: { logDir: 'tmp/bench-logs' },
    cognitoData: 'fresh',
    instances: INSTANCES,
  });
  // Signed in as the admin (the whole fleet, no EC2 look-up for team scope), as the dashboard does.
  Object.assign(process.env, {
    COGNITO_ENDPOINT: stack.cognito.endpoint,
    COGNITO_CLIENT_ID: stack.cognito.clientId,
    DEMO_PASSWORD: stack.demoPassword,
  });
  const tokens = {
    admin: await idTokenOf('admin'),
    viewer: await idTokenOf('viewer'),
  };
  let authorization = `Bearer ${tokens.admin}`;
  const admin = (method: string, path: string): Promise<Response> =>
    fetch(`${stack.localAwsUrl}/_local/${path}`, { method });
  const counters = async (): Promise<Counters> =>
    (await (await admin('GET', 'counters')).json()) as Counters;
  const api = async (path: string, init?: RequestInit): Promise<Response> => {
    const headers = new Headers(init?.headers);
    headers.set('Authorization', authorization);
    const response = await fetch(`${stack.apiUrl}${path}`, { ...init, headers });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response;
  };

  /** What one request costs in AWS calls: `Action ×n (region …)` per action. */
  async function callsOf(request: () => Promise<Response>): Promise<string> {
    await admin('DELETE', 'counters');
    await request();
    const snapshot = await counters();
    return Object.entries(snapshot.services)
      .flatMap(([name, service]) =>
        Object.entries(service.actions)
          .filter(([action]) => !stackOwnUpload(name, action))
          .map(
            ([action, count]) =>
              `${action} ×${count.total} (${Object.keys(count.regions).length} region${Object.keys(count.regions).length > 1 ? 's' : ''})`,
          ),
      )
      .join(', ');
  }

  async function timed(request: () => Promise<Response>): Promise<Timed> {
    await request(); // warm: the function's worker thread, SDK clients, connections
    const times: number[] = [];
    let bytes = 0;
    for (let run = 0; run < RUNS; run++) {
      const began = performance.now();
      const response = await request();
      bytes = (await response.arrayBuffer()).byteLength;
      times.push(performance.now() - began);
    }
    return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), bytes };
  }

  try {
    const fleet: Instance[] = [];
    let cursor: string | null = null;
    do {
      const page = (await (
        await api(`/instances?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
      ).json()) as InstancePage;
      fleet.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    const pick = (monitoring: Instance['monitoring']): Instance => {
      const found = fleet.find(
        (instance) => instance.state === 'running' && instance.monitoring === monitoring,
      );
      if (!found) throw new Error(`no running instance with monitoring ${monitoring}`);
      return found;
    };

    console.log(
      `\n${fleet.length} instances in ${stack.regions.length} regions; ${RUNS} timed runs per row after one warm-up; ` +
        `${cpus().length} cores, load ${loadavg()
          .map((load) => load.toFixed(1))
          .join(' ')} at start.\n`,
    );
    console.log('### GET /instances/{region}/{id}/metrics\n');
    console.log(
      '| range | monitoring | period | points | AWS calls per view | p50 ms | p95 ms | response KB |',
    );
    console.log('|---|---|---|---|---|---|---|---|');
    for (const monitoring of ['enabled', 'disabled'] as const) {
      const instance = pick(monitoring);
      for (const range of METRIC_RANGES as readonly MetricRange[]) {
        const request = (): Promise<Response> =>
          api(`/instances/${instance.region}/${instance.id}/metrics?range=${range}`);
        const calls = await callsOf(request);
        const body = (await (await request()).json()) as InstanceMetrics;
        const time = await timed(request);
        console.log(
          `| ${range} | ${body.monitoring} | ${body.period} s | ${body.timestamps.length} | ${calls} | ${time.p50.toFixed(0)} | ${time.p95.toFixed(0)} | ${(time.bytes / 1024).toFixed(1)} |`,
        );
      }
    }

    console.log('\n### POST /metrics/cpu-sparklines (last 24 h, 15-minute periods)\n');
    console.log(
      '| instances | caller | regions | AWS calls per request | p50 ms | p95 ms | response KB |',
    );
    console.log('|---|---|---|---|---|---|---|');
    for (const [size, caller] of SPARKLINE_ROWS) {
      authorization = `Bearer ${tokens[caller]}`;
      const refs: InstanceRef[] = fleet
        .slice(0, size)
        .map((instance) => ({ region: instance.region, id: instance.id }));
      const request = (): Promise<Response> =>
        api('/metrics/cpu-sparklines', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ instances: refs }),
        });
      const calls = await callsOf(request);
      const body = (await (await request()).json()) as CpuSparklines;
      if (body.sparklines.length !== size)
        throw new Error(`asked ${size}, got ${body.sparklines.length}`);
      const time = await timed(request);
      const regions = new Set(refs.map((ref) => ref.region)).size;
      console.log(
        `| ${size} | ${caller} | ${regions} | ${calls} | ${time.p50.toFixed(0)} | ${time.p95.toFixed(0)} | ${(time.bytes / 1024).toFixed(1)} |`,
      );
    }
  } finally {
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
