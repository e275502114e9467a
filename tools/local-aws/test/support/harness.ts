import { EC2Client, type EC2ClientConfig } from '@aws-sdk/client-ec2';
import { createLocalAws, type LocalAws, type LocalAwsOptions } from '../../src/index';

/** Near-instant transitions: tests wait for states without sleeping for seconds. */
export const FAST_DURATIONS = {
  pendingMs: 40,
  stoppingMs: 40,
  forcedStoppingMs: 10,
  shuttingDownMs: 40,
  statusInitializingMs: 40,
} as const;

/** Starts the emulator in-process on a free port, quiet, with fast transitions. */
export function startLocalAws(options: LocalAwsOptions = {}): Promise<LocalAws> {
  return createLocalAws({
    instances: 30,
    seed: 'spec',
    quiet: true,
    durations: FAST_DURATIONS,
    ...options,
  });
}

/** The emulator of one describe block and an EC2 client on it. */
export interface EmulatorUnderTest {
  readonly aws: LocalAws;
  readonly ec2: EC2Client;
}

/**
 * Starts the emulator (as {@link startLocalAws}) and an EC2 client before the calling block's
 * tests, hands both to `use`, and closes them after the block.
 *
 * @example
 * let aws: LocalAws;
 * let ec2: EC2Client;
 * emulatorPerSuite({ now: clock.now }, (started) => ({ aws, ec2 } = started));
 */
export function emulatorPerSuite(
  options: LocalAwsOptions,
  use: (started: EmulatorUnderTest) => void,
): void {
  let started: EmulatorUnderTest | undefined;
  beforeAll(async () => {
    const aws = await startLocalAws(options);
    started = { aws, ec2: ec2Client(aws) };
    use(started);
  });
  afterAll(async () => {
    started?.ec2.destroy();
    await started?.aws.close();
  });
}

/** A real SDK v3 EC2 client aimed at the emulator with fake credentials and no retries. */
export function ec2Client(
  aws: LocalAws,
  region = 'us-east-1',
  config: Partial<EC2ClientConfig> = {},
): EC2Client {
  return new EC2Client({
    endpoint: aws.url,
    region,
    credentials: { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' },
    maxAttempts: 1,
    ...config,
  });
}

/** A clock the test moves by hand, for transitions and token buckets without waiting. */
export class ManualClock {
  private ms: number;

  constructor(start = Date.parse('2026-11-26T10:00:00.000Z')) {
    this.ms = start;
  }

  readonly now = (): Date => new Date(this.ms);

  advance(ms: number): void {
    this.ms += ms;
  }
}

/** Calls an admin route and answers its status and JSON body (if any). */
export async function admin(
  aws: LocalAws,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${aws.url}${path}`, {
    method,
    headers: body === undefined ? undefined : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as unknown) : undefined };
}

/** Runs `call` and answers the error it throws (failing the test if it succeeds). */
export async function errorOf(
  call: () => Promise<unknown>,
): Promise<Error & { $metadata?: { httpStatusCode?: number } }> {
  try {
    await call();
  } catch (error) {
    return error as Error & { $metadata?: { httpStatusCode?: number } };
  }
  throw new Error('expected the call to fail, but it succeeded');
}
