/**
 * Benchmark: the local X-Ray's reads with a full store, 20,000 traces (its limit; about a few
 * hours of a dashboard left open on `npm start`), through `@aws-sdk/client-xray`. Each trace is
 * one API request as AWS writes it (stage, Lambda and function segments, handler and EC2
 * subsegments: 5 documents), across 4 functions, 1 in 10 failing.
 *
 * The store assembles a trace (independent subsegments merged into their parents) and reads its
 * facts once per change, not per query: the first read after traces arrive pays for the new
 * ones, the next reads only filter and sort. Both are timed in one run, so the ratio holds on a
 * noisy host. Run: `npm run bench -- xray-reads`. Prints a markdown table.
 */
import {
  BatchGetTracesCommand,
  GetServiceGraphCommand,
  GetTraceSummariesCommand,
  PutTraceSegmentsCommand,
  XRayClient,
} from '@aws-sdk/client-xray';
import { median } from '@fleet/testing';
import { createLocalAws } from '../src/index';
import { sampleRequest } from '../src/xray/conformance/sample-trace';

const TRACES = 20_000;
const ARRIVING = 100;
const REPEATS = 9;
const UPLOAD_BATCH = 100; // requests (500 documents) per PutTraceSegments call
const FUNCTIONS = ['list-instances', 'stop-instances', 'get-instance', 'list-audit'];

async function main(): Promise<void> {
  const aws = await createLocalAws({ instances: 3, regions: ['us-east-1'], quiet: true });
  const xray = new XRayClient({
    endpoint: aws.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
  });
  const now = Math.floor(Date.now() / 1000);
  const window = { StartTime: new Date((now - 3_600) * 1000), EndTime: new Date(now * 1000) };

  async function upload(count: number, offset: number): Promise<void> {
    for (let first = 0; first < count; first += UPLOAD_BATCH) {
      const documents = Array.from({ length: Math.min(UPLOAD_BATCH, count - first) }, (_, i) => {
        const index = offset + first + i;
        return sampleRequest({
          functionName: FUNCTIONS[index % FUNCTIONS.length] as string,
          status: index % 10 === 0 ? 503 : 200,
          startedAt: now - 3_000 + (index % 2_900),
          seconds: 0.05 + (index % 7) / 100,
          annotations: { function: FUNCTIONS[index % FUNCTIONS.length] as string },
        }).documents.map((document) => JSON.stringify(document));
      }).flat();
      await xray.send(new PutTraceSegmentsCommand({ TraceSegmentDocuments: documents }));
    }
  }

  // Wall time of one read; the emulator runs in this process, so its CPU is this process's.
  async function timed(read: () => Promise<unknown>): Promise<number> {
    const began = performance.now();
    await read();
    return performance.now() - began;
  }
  const summaries = (FilterExpression?: string) => () =>
    xray.send(new GetTraceSummariesCommand({ ...window, FilterExpression }));
  const graph = () => xray.send(new GetServiceGraphCommand(window));

  const rows: [string, number, number][] = [];
  try {
    await upload(TRACES - ARRIVING, 0);
    // The client's own first call (connection, SDK set-up) is not the store's cost: a trace id
    // the store does not hold, which reads no other trace.
    await xray.send(
      new BatchGetTracesCommand({ TraceIds: ['1-00000000-000000000000000000000000'] }),
    );
    rows.push([
      'GetTraceSummaries, first read after the traces arrived',
      1,
      await timed(summaries()),
    ]);
    const repeated: number[] = [];
    for (let i = 0; i < REPEATS; i++) repeated.push(await timed(summaries()));
    rows.push(['GetTraceSummaries, read again (median)', REPEATS, median(repeated)]);

    await upload(ARRIVING, TRACES - ARRIVING);
    rows.push([
      `GetTraceSummaries, first read after ${ARRIVING} more`,
      1,
      await timed(summaries()),
    ]);
    const filtered: number[] = [];
    for (let i = 0; i < REPEATS; i++)
      filtered.push(await timed(summaries('annotation.function = "stop-instances" AND fault')));
    rows.push([
      'GetTraceSummaries, `annotation.function = … AND fault` (median)',
      REPEATS,
      median(filtered),
    ]);
    const graphs: number[] = [];
    for (let i = 0; i < REPEATS; i++) graphs.push(await timed(graph));
    rows.push(['GetServiceGraph (median)', REPEATS, median(graphs)]);
  } finally {
    xray.destroy();
    await aws.close();
  }

  console.log(
    `The local X-Ray holding ${TRACES.toLocaleString('en')} traces (${(TRACES * 5).toLocaleString('en')} documents, uploaded through PutTraceSegments), last hour's window, first page of summaries (100); wall time through @aws-sdk/client-xray, emulator in process\n`,
  );
  console.log('| read | times | ms |');
  console.log('| --- | --: | --: |');
  for (const [read, times, ms] of rows) console.log(`| ${read} | ${times} | ${ms.toFixed(1)} |`);
  const [first, again] = [rows[0]?.[2] ?? NaN, rows[1]?.[2] ?? NaN];
  console.log(`\nfirst read / read again: ${(first / again).toFixed(1)}×`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
