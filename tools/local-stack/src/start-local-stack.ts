import { appendFile, mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  startChildService,
  type ChildService,
  type ChildServiceOptions,
  type OutputSink,
} from './child-service';
import { DEMO_PASSWORD, DEMO_USERS, type DemoUser } from '@fleet/demo-users';
import { provisionCognito, type LocalCognito } from './cognito/provision-cognito';
import { createTables } from './dynamodb/create-tables';
import { freePort } from './free-port';
import { eventRulesOf, invokeLocalFunction } from './event-rules';
import { resolvedConfig } from './serverless-config';
import { emfForwarder } from './tracing/emf-forwarder';
import { startGatewayProxy, type GatewayProxy } from './tracing/gateway-proxy';
import { OFFLINE_BUILD_FAILED } from './offline-build-failure';
import { waitForHttp } from './wait-for-http';

const WORKSPACE = resolve(__dirname, '../../..');
const bin = (path: string): string => join(WORKSPACE, 'node_modules', path);

export const DEFAULT_REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2'] as const;

export interface LocalStackOptions {
  /** `fixed`: the documented ports (env-overridable); `free`: any free ports (tests). */
  readonly ports: 'fixed' | 'free';
  /** `dev`: vite's dev server; `preview`: build, then serve the built dashboard; `none`. */
  readonly web: 'dev' | 'preview' | 'none';
  readonly regions?: readonly string[];
  readonly instances?: number;
  /** `terminal`: prefixed lines on stdout; otherwise a folder for one log file per service. */
  readonly output: 'terminal' | { readonly logDir: string };
  /** Extra environment for the local AWS (e.g. near-instant state transitions in tests). */
  readonly localAwsEnv?: NodeJS.ProcessEnv;
  /**
   * Where the local Cognito keeps its users: `persistent` (`.cognito/` of the workspace, kept
   * across restarts) or `fresh` (a new folder under tmp/, for tests).
   */
  readonly cognitoData: 'persistent' | 'fresh';
  /**
   * X-Ray tracing as on AWS (default on): the gateway proxy in front of serverless-offline gives
   * each request a trace, and every function invocation writes its segments to the local X-Ray
   * (see docs/local-aws.md, "Tracing locally"). Off: the same proxy only passes requests on, and
   * the functions run untraced.
   */
  readonly tracing?: boolean;
  /**
   * The inventory's scheduled sync period (`rate(…)`, e.g. `1 minute`, the default). Tests set a
   * long one and trigger syncs themselves, so AWS call counts are theirs alone.
   */
  readonly inventorySyncPeriod?: string;
}

export interface LocalStack {
  readonly localAwsUrl: string;
  readonly dynamoDbUrl: string;
  readonly cognito: LocalCognito;
  readonly tables: readonly string[];
  readonly demoUsers: readonly DemoUser[];
  readonly demoPassword: string;
  readonly apiUrl: string;
  /** serverless-offline's Lambda invoke endpoint (the local event bus delivers there). */
  readonly lambdaUrl: string;
  readonly webUrl: string | undefined;
  readonly regions: readonly string[];
  /** `host:port` of the local X-Ray's collector (`AWS_XRAY_DAEMON_ADDRESS` of the functions). */
  readonly xrayDaemonAddress: string;
  readonly tracing: boolean;
  stop(): Promise<void>;
}

const TRACE_PRELOAD = join(__dirname, 'tracing/lambda-invocation-trace.cjs');
// API Gateway's per-token cache of the authorizer's answer, which serverless-offline lacks.
const AUTHORIZER_CACHE_PRELOAD = join(__dirname, 'authorizer-cache.cjs');

async function portFor(
  options: LocalStackOptions,
  envName: string,
  fixed: number,
): Promise<number> {
  if (options.ports === 'free') return freePort();
  return Number(process.env[envName] ?? fixed);
}

function sinkFor(options: LocalStackOptions, name: string): OutputSink {
  if (options.output === 'terminal') return { kind: 'terminal', prefix: `[${name}]`.padEnd(12) };
  return { kind: 'file', path: join(options.output.logDir, `${name}.log`) };
}

/** Writes the launcher's own lines (the gateway proxy's) where the services' output goes. */
function lineWriter(sink: OutputSink): (line: string) => void {
  if (sink.kind === 'terminal') return (line) => process.stdout.write(`${sink.prefix} ${line}\n`);
  return (line) => void appendFile(sink.path, `${line}\n`).catch(() => undefined);
}

/** Credentials and endpoints that send every AWS SDK call of the API to the local AWS. */
function localAwsEnvironment(localAwsUrl: string): NodeJS.ProcessEnv {
  return {
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL_EC2: localAwsUrl,
    AWS_ENDPOINT_URL_CLOUDWATCH: localAwsUrl,
    AWS_ENDPOINT_URL_XRAY: localAwsUrl,
  };
}

async function cognitoDataDir(options: LocalStackOptions, port: number): Promise<string> {
  // cognito-local keeps its data in `.cognito/` of its working directory.
  if (options.cognitoData === 'persistent') return WORKSPACE;
  const dir = join(WORKSPACE, 'tmp', `cognito-${port}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  return dir;
}

function withoutAwsProfile(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  // A developer's own AWS profile or session must never leak into the local stack.
  const copy = { ...env };
  for (const key of [
    'AWS_PROFILE',
    'AWS_SESSION_TOKEN',
    'AWS_DEFAULT_PROFILE',
    'AWS_ENDPOINT_URL',
  ]) {
    delete copy[key];
  }
  return copy;
}

async function buildDashboard(env: NodeJS.ProcessEnv, outDir: string): Promise<void> {
  // The build knows no stage: settings come from /config.json at run time. Each stack builds into
  // a folder of its own, so two stacks side by side never serve each other's half-written files.
  const build = await startChildService({
    name: 'web-build',
    command: process.execPath,
    args: [
      bin('vite/bin/vite.js'),
      'build',
      '--config',
      'apps/web/vite.config.ts',
      '--outDir',
      outDir,
      '--logLevel',
      'warn',
    ],
    // vite keeps a NODE_ENV it finds, and jest sets `test`: the browser tests would then run
    // React's development build instead of the production build users get.
    env: { ...env, NODE_ENV: 'production' },
    cwd: WORKSPACE,
    output: { kind: 'terminal', prefix: '[web-build]' },
  });
  const failure = await build.exited;
  if (failure !== 'code 0') throw new Error(`the dashboard did not build (${failure})`);
}

/**
 * The inventory's two feeds, as deployed: the local AWS's event bus gets the stack's EventBridge
 * rules (delivering to this stack's Lambda port), and a first sync fills the inventory, as the
 * schedule would within one period.
 */
async function startInventory(
  config: Awaited<ReturnType<typeof resolvedConfig>>,
  localAwsUrl: string,
  lambdaUrl: string,
  regions: readonly string[],
): Promise<void> {
  const rules = eventRulesOf(config, 'local', lambdaUrl);
  const response = await fetch(`${localAwsUrl}/_local/events`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ rules, enabled: true }),
  });
  if (!response.ok) throw new Error(`the local event bus refused the rules: ${response.status}`);
  // One invocation per region, one after another: each gets the function's whole timeout, so a
  // first sync of 100,000 instances on a busy machine does not run out of it.
  for (const region of regions)
    await invokeLocalFunction(lambdaUrl, `${config.service}-local-sync-inventory`, { region });
}

/**
 * Starts the whole product locally: the local AWS (EC2 + CloudWatch emulator), every function
 * under serverless-offline pointed at it through `AWS_ENDPOINT_URL_*`, and the dashboard.
 * Used by `npm start` and by the test suite's global setup, so both run the same system.
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const regions = options.regions ?? DEFAULT_REGIONS;
  const tracing = options.tracing ?? true;
  const [
    localAwsPort,
    dynamoDbPort,
    cognitoPort,
    apiPort,
    lambdaPort,
    webPort,
    xrayPort,
    offlinePort,
  ] = await Promise.all([
    portFor(options, 'LOCAL_AWS_PORT', 4566),
    portFor(options, 'DYNAMODB_PORT', 4567),
    portFor(options, 'COGNITO_PORT', 9229),
    portFor(options, 'API_PORT', 3000),
    portFor(options, 'LAMBDA_PORT', 3002),
    portFor(options, 'WEB_PORT', 4200),
    portFor(options, 'LOCAL_XRAY_PORT', 2000),
    // serverless-offline's own port, behind the gateway proxy.
    portFor(options, 'OFFLINE_PORT', 3001),
  ]);
  const xrayDaemonAddress = `127.0.0.1:${xrayPort}`;
  let proxy: GatewayProxy | undefined;
  const localAwsUrl = `http://127.0.0.1:${localAwsPort}`;
  // The functions' EMF lines reach the local CloudWatch as they reach CloudWatch from the logs.
  const emf = emfForwarder(localAwsUrl, 'us-east-1');
  const dynamoDbUrl = `http://127.0.0.1:${dynamoDbPort}`;
  const cognitoUrl = `http://127.0.0.1:${cognitoPort}`;
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const lambdaUrl = `http://127.0.0.1:${lambdaPort}`;
  const webUrl = options.web === 'none' ? undefined : `http://127.0.0.1:${webPort}`;
  const baseEnv = withoutAwsProfile(process.env);
  const services: ChildService[] = [];
  const webOutDir = join(WORKSPACE, 'tmp', `web-${apiPort}`);
  // serverless-esbuild's work folder for this stack alone (see tools/build/serverless-esbuild.config.cjs).
  const bundleDir = join('.esbuild', `api-${apiPort}`);

  const stop = async (): Promise<void> => {
    await proxy?.close();
    proxy = undefined;
    await emf.close().catch(() => undefined);
    await Promise.all(
      services
        .splice(0)
        .reverse()
        .map((service) => service.stop()),
    );
    await rm(join(WORKSPACE, bundleDir), { recursive: true, force: true });
  };

  const start = async (
    name: string,
    args: string[],
    env: NodeJS.ProcessEnv,
    readyUrl: string,
    timeoutMs: number,
    {
      cwd = WORKSPACE,
      onLine,
      failsOn,
    }: Partial<Pick<ChildServiceOptions, 'cwd' | 'onLine' | 'failsOn'>> = {},
  ): Promise<void> => {
    const service = await startChildService({
      name,
      command: process.execPath,
      args,
      env: { ...baseEnv, ...env },
      cwd,
      output: sinkFor(options, name),
      onLine,
      failsOn,
    });
    services.push(service);
    await waitForHttp(readyUrl, { timeoutMs, failed: service.failure });
  };

  try {
    // serverless.yml's resources, resolved, while the services start: the local Cognito and
    // DynamoDB are provisioned from them.
    const config = resolvedConfig(WORKSPACE, 'local');
    const resources = config.then((resolved) => resolved.resources);
    const dashboardBuilt =
      options.web === 'preview' ? buildDashboard({ ...baseEnv }, webOutDir) : Promise.resolve();
    // Awaited below; until then a failure must not surface as an unhandled rejection.
    resources.catch(() => undefined);
    config.catch(() => undefined);
    dashboardBuilt.catch(() => undefined);

    await Promise.all([
      start(
        'dynamodb',
        [bin('dynalite/cli.js'), '--port', String(dynamoDbPort), '--createTableMs', '0'],
        {},
        dynamoDbUrl,
        15_000,
      ),
      start(
        'cognito',
        [bin('cognito-local/lib/bin/start.js')],
        { HOST: '127.0.0.1', PORT: String(cognitoPort) },
        `${cognitoUrl}/health`,
        20_000,
        { cwd: await cognitoDataDir(options, cognitoPort) },
      ),
      start(
        'local-aws',
        [
          '--import',
          'tsx',
          'tools/local-aws/src/cli.ts',
          '--port',
          String(localAwsPort),
          '--regions',
          regions.join(','),
          ...(options.instances ? ['--instances', String(options.instances)] : []),
          // The functions' DynamoDB calls pass through the local AWS on their way to dynalite, so
          // they are counted and a test can make DynamoDB unavailable with a fault rule.
          '--forward-dynamodb',
          dynamoDbUrl,
          '--xray-daemon-address',
          xrayDaemonAddress,
        ],
        options.localAwsEnv ?? {},
        `${localAwsUrl}/_local/health`,
        // It seeds its fleet before it listens: 100,000 instances take tens of seconds when busy.
        15_000 + (options.instances ?? 0),
      ),
    ]);
    const [cognito, tables] = await Promise.all([
      provisionCognito(cognitoUrl, await resources),
      resources.then((all) => createTables(dynamoDbUrl, all)),
    ]);

    await start(
      'api',
      [
        // Local only: each worker thread does per invocation what Lambda does for tracing.
        ...(tracing ? ['--require', TRACE_PRELOAD] : []),
        '--require',
        AUTHORIZER_CACHE_PRELOAD,
        bin('osls/bin/serverless.js'),
        'offline',
        'start',
        '--stage',
        'local',
      ],
      {
        ...localAwsEnvironment(localAwsUrl),
        AWS_ENDPOINT_URL_DYNAMODB: localAwsUrl,
        COGNITO_USER_POOL_ID: cognito.userPoolId,
        COGNITO_CLIENT_ID: cognito.clientId,
        COGNITO_ISSUER: cognito.issuer,
        API_PORT: String(offlinePort),
        ...(tracing ? { AWS_XRAY_DAEMON_ADDRESS: xrayDaemonAddress } : {}),
        LAMBDA_PORT: String(lambdaPort),
        AUTHORIZER_RESULT_TTL_SECONDS: String((await config).authorizerTtlSeconds),
        FLEET_REGIONS: regions.join(','),
        INVENTORY_SYNC_PERIOD: options.inventorySyncPeriod ?? '1 minute',
        SLS_TELEMETRY_DISABLED: '1',
        SLS_NOTIFICATIONS_MODE: 'off',
        ESBUILD_WORK_FOLDER: bundleDir,
      },
      // serverless-offline's own port: the gateway proxy in front of it starts once it is up.
      `http://127.0.0.1:${offlinePort}/_ready`,
      // Bundling every function under a 2-core machine shared with other stacks can take minutes;
      // a build that fails ends the wait at once, with its first error.
      480_000,
      { onLine: (line) => emf.line(line), failsOn: OFFLINE_BUILD_FAILED },
    );
    // API Gateway is there with tracing on or off, and so is its stand-in.
    proxy = await startGatewayProxy({
      port: apiPort,
      target: offlinePort,
      xrayEndpoint: tracing ? localAwsUrl : undefined,
      stageName: 'local-fleet-console/local',
      log: lineWriter(sinkFor(options, 'gateway')),
    });
    await startInventory(await config, localAwsUrl, lambdaUrl, regions);
    const webEnv = {
      FLEET_API_URL: apiUrl,
      FLEET_REGIONS: regions.join(','),
      FLEET_STAGE: 'local',
      FLEET_COGNITO_REGION: 'us-east-1',
      FLEET_COGNITO_USER_POOL_ID: cognito.userPoolId,
      FLEET_COGNITO_CLIENT_ID: cognito.clientId,
      FLEET_COGNITO_ENDPOINT: cognitoUrl,
    };
    await dashboardBuilt;
    if (webUrl) {
      // preview: the production build as CloudFront serves it (headers, route fallback, cache
      // rules from infra/edge), so the browser tests run under the deployed CSP.
      const args =
        options.web === 'dev'
          ? [
              bin('vite/bin/vite.js'),
              '--config',
              'apps/web/vite.config.ts',
              '--host',
              '127.0.0.1',
              '--port',
              String(webPort),
              '--strictPort',
            ]
          : [
              '--import',
              'tsx',
              'tools/deploy/src/preview/cli.ts',
              '--dir',
              webOutDir,
              '--host',
              '127.0.0.1',
              '--port',
              String(webPort),
            ];
      await start('web', args, webEnv, webUrl, 60_000);
    }
    return {
      localAwsUrl,
      dynamoDbUrl,
      cognito,
      tables,
      demoUsers: DEMO_USERS,
      demoPassword: DEMO_PASSWORD,
      apiUrl,
      lambdaUrl,
      webUrl,
      regions,
      xrayDaemonAddress,
      tracing,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
