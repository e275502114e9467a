import {
  CloudWatchClient,
  PutMetricDataCommand,
  type MetricDatum,
  type StandardUnit,
} from '@aws-sdk/client-cloudwatch';

/** Forwards EMF lines to a CloudWatch endpoint; `flush()` sends what is buffered. */
export interface EmfForwarder {
  /** Reads one output line; lines that are not EMF documents are ignored. */
  line(line: string): void;
  flush(): Promise<void>;
  close(): Promise<void>;
}

interface EmfDocument {
  readonly _aws: {
    readonly Timestamp: number;
    readonly CloudWatchMetrics: readonly {
      readonly Namespace: string;
      readonly Dimensions: readonly (readonly string[])[];
      readonly Metrics: readonly { readonly Name: string; readonly Unit?: string }[];
    }[];
  };
  readonly [key: string]: unknown;
}

function parseEmf(line: string): EmfDocument | undefined {
  const start = line.indexOf('{"_aws"');
  if (start < 0) return undefined;
  try {
    const document = JSON.parse(line.slice(start)) as EmfDocument;
    return Array.isArray(document._aws?.CloudWatchMetrics) ? document : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The datums CloudWatch extracts from one EMF document, by namespace: every metric under every
 * dimension set, values and units as logged.
 *
 * @example
 * datumsOf(JSON.parse(line)); // [['FleetConsole', [{ MetricName: 'Requests', Dimensions: [...], Value: 1 }]]]
 */
export function datumsOf(document: EmfDocument): [string, MetricDatum[]][] {
  return document._aws.CloudWatchMetrics.map((directive) => [
    directive.Namespace,
    directive.Dimensions.flatMap((dimensionSet) =>
      directive.Metrics.flatMap((metric): MetricDatum[] => {
        const raw = document[metric.Name];
        const values = (Array.isArray(raw) ? raw : [raw]).filter(
          (value): value is number => typeof value === 'number',
        );
        if (values.length === 0) return [];
        return [
          {
            MetricName: metric.Name,
            Dimensions: dimensionSet.map((name) => ({ Name: name, Value: String(document[name]) })),
            Timestamp: new Date(document._aws.Timestamp),
            Values: values,
            Counts: values.map(() => 1),
            ...(metric.Unit ? { Unit: metric.Unit as StandardUnit } : {}),
          },
        ];
      }),
    ),
  ]);
}

/**
 * Local only: what CloudWatch Logs does with EMF in AWS. The functions print their Powertools
 * Metrics as EMF lines; the launcher reads serverless-offline's output and sends them to the
 * local CloudWatch as PutMetricData (batched, every second), so charts and alarms read the same
 * metrics locally as in AWS.
 *
 * @example
 * const emf = emfForwarder('http://127.0.0.1:4566', 'us-east-1');
 * child.stdout.on('line', emf.line);
 */
export function emfForwarder(endpoint: string, region: string): EmfForwarder {
  const cloudWatch = new CloudWatchClient({
    endpoint,
    region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const pending = new Map<string, MetricDatum[]>();
  let sending = Promise.resolve();
  const flush = async (): Promise<void> => {
    const batches = [...pending];
    pending.clear();
    sending = sending.then(async () => {
      for (const [namespace, datums] of batches)
        for (let index = 0; index < datums.length; index += 1_000)
          await cloudWatch
            .send(
              new PutMetricDataCommand({
                Namespace: namespace,
                MetricData: datums.slice(index, index + 1_000),
              }),
            )
            .catch((error: unknown) => console.error('emf-forwarder: PutMetricData failed', error));
    });
    await sending;
  };
  const timer = setInterval(() => void flush(), 1_000);
  timer.unref();
  return {
    line(line) {
      const document = parseEmf(line);
      if (!document) return;
      for (const [namespace, datums] of datumsOf(document))
        pending.set(namespace, [...(pending.get(namespace) ?? []), ...datums]);
    },
    flush,
    async close() {
      clearInterval(timer);
      await flush();
      cloudWatch.destroy();
    },
  };
}
