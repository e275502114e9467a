import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { TransitionDurations } from './ec2/state/durations';
import { parseFaultConfig, type FaultConfig } from './faults/fault-config';
import type { LocalAwsOptions } from './options';

/** Every flag, with the environment variable that sets it when the flag is absent. */
const FLAGS = {
  port: 'LOCAL_AWS_PORT',
  host: 'LOCAL_AWS_HOST',
  instances: 'LOCAL_AWS_INSTANCES',
  regions: 'LOCAL_AWS_REGIONS',
  seed: 'LOCAL_AWS_SEED',
  'state-file': 'LOCAL_AWS_STATE_FILE',
  'pending-ms': 'LOCAL_AWS_PENDING_MS',
  'stopping-ms': 'LOCAL_AWS_STOPPING_MS',
  'shutting-down-ms': 'LOCAL_AWS_SHUTTING_DOWN_MS',
  'terminated-retention-ms': 'LOCAL_AWS_TERMINATED_RETENTION_MS',
  faults: 'LOCAL_AWS_FAULTS',
  'forward-dynamodb': 'LOCAL_AWS_FORWARD_DYNAMODB',
  // The variable the X-Ray SDKs read: the collector listens where the functions send.
  'xray-daemon-address': 'AWS_XRAY_DAEMON_ADDRESS',
} as const;

/** Usage text of the command. */
export const USAGE = `Usage: local-aws [options]
  --port N                     port (default 4566; 0 = any free port)         LOCAL_AWS_PORT
  --host H                     interface (default 127.0.0.1)                   LOCAL_AWS_HOST
  --instances N                seeded instances over all regions (default 60)  LOCAL_AWS_INSTANCES
  --regions a,b,c              regions (default us-east-1,eu-west-1,ap-southeast-2) LOCAL_AWS_REGIONS
  --seed S                     fleet seed (default fleet-console)              LOCAL_AWS_SEED
  --state-file PATH            load/save the fleet in PATH                     LOCAL_AWS_STATE_FILE
  --pending-ms N               pending -> running                              LOCAL_AWS_PENDING_MS
  --stopping-ms N              stopping -> stopped                             LOCAL_AWS_STOPPING_MS
  --shutting-down-ms N         shutting-down -> terminated                     LOCAL_AWS_SHUTTING_DOWN_MS
  --terminated-retention-ms N  how long terminated instances stay listed       LOCAL_AWS_TERMINATED_RETENTION_MS
  --faults JSON|@file          fault configuration (see docs/local-aws.md)     LOCAL_AWS_FAULTS
  --throttling                 EC2 token-bucket throttling                     LOCAL_AWS_THROTTLING=1
  --forward-dynamodb URL       pass DynamoDB calls on to URL (counted, faults) LOCAL_AWS_FORWARD_DYNAMODB
  --xray-daemon-address H:P    X-Ray segments over UDP (default 127.0.0.1:2000) AWS_XRAY_DAEMON_ADDRESS
  --quiet                      no per-call log lines                           LOCAL_AWS_QUIET=1
  --help`;

function integer(name: string, raw: string | undefined, min: number): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min)
    throw new Error(`--${name} must be an integer >= ${min}, got "${raw}"`);
  return value;
}

function truthy(raw: string | undefined): boolean {
  return raw !== undefined && ['1', 'true', 'yes'].includes(raw.toLowerCase());
}

function faultsFrom(raw: string | undefined, throttling: boolean): FaultConfig | undefined {
  const text = raw?.startsWith('@') ? readFileSync(raw.slice(1), 'utf8') : raw;
  const config = text ? parseFaultConfig(JSON.parse(text)) : undefined;
  if (!throttling) return config;
  return { ...config, throttling: { ...config?.throttling, enabled: true } };
}

/** What the command line asks for: options for `createLocalAws`, or help. */
export type CliRequest =
  | { readonly help: true }
  | { readonly help: false; readonly options: LocalAwsOptions & { port: number } };

/**
 * Reads flags, falling back to `LOCAL_AWS_*` environment variables, then to the defaults.
 *
 * @example
 * parseCliOptions(['--instances', '500'], process.env);
 */
export function parseCliOptions(argv: readonly string[], env: NodeJS.ProcessEnv): CliRequest {
  const stringFlags = Object.fromEntries(
    Object.keys(FLAGS).map((name) => [name, { type: 'string' as const }]),
  );
  const { values } = parseArgs({
    args: [...argv],
    options: {
      ...stringFlags,
      quiet: { type: 'boolean' },
      throttling: { type: 'boolean' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) return { help: true };
  const strings = values as Record<string, string | boolean | undefined>;
  const read = (name: keyof typeof FLAGS): string | undefined =>
    (strings[name] as string | undefined) ?? env[FLAGS[name]];
  const durations: Partial<Record<keyof TransitionDurations, number>> = {};
  const setDuration = (key: keyof TransitionDurations, flag: keyof typeof FLAGS): void => {
    const value = integer(flag, read(flag), 0);
    if (value !== undefined) durations[key] = value;
  };
  setDuration('pendingMs', 'pending-ms');
  setDuration('stoppingMs', 'stopping-ms');
  setDuration('shuttingDownMs', 'shutting-down-ms');
  setDuration('terminatedRetentionMs', 'terminated-retention-ms');
  const regions = read('regions')
    ?.split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  return {
    help: false,
    options: {
      port: integer('port', read('port'), 0) ?? 4566,
      host: read('host') || undefined,
      instances: integer('instances', read('instances'), 0),
      regions: regions && regions.length > 0 ? regions : undefined,
      seed: read('seed') || undefined,
      stateFile: read('state-file') || undefined,
      durations,
      faults: faultsFrom(
        read('faults'),
        Boolean(values.throttling) || truthy(env.LOCAL_AWS_THROTTLING),
      ),
      quiet: Boolean(values.quiet) || truthy(env.LOCAL_AWS_QUIET),
      forward: read('forward-dynamodb')
        ? { dynamodb: read('forward-dynamodb') as string }
        : undefined,
      xrayDaemonAddress: read('xray-daemon-address') || '127.0.0.1:2000',
    },
  };
}
