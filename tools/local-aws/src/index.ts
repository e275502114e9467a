import { AlarmStore, createCloudWatchService, seedAlarms } from './cloudwatch';
import { createEc2Service } from './ec2/ec2-service';
import { Ec2EventEmitter } from './ec2/events/ec2-event-emitter';
import { createEventRoutes } from './ec2/events/event-routes';
import { LocalEventBus } from './ec2/events/local-event-bus';
import { DEFAULT_DURATIONS } from './ec2/state/durations';
import { Ec2State } from './ec2/state/ec2-state';
import { Ec2Throttler } from './faults/ec2-throttler';
import type { FaultConfig } from './faults/fault-config';
import { FaultInjector } from './faults/fault-injector';
import { createEc2FleetView } from './fleet/ec2-fleet-view';
import { seedFleet } from './fleet/seed/seed-fleet';
import { DEFAULT_INSTANCES, DEFAULT_REGIONS, type LocalAws, type LocalAwsOptions } from './options';
import { createStateSaver, loadState } from './persistence/state-file';
import { createAdminRoutes, type AdminResponse } from './server/admin-routes';
import { createAwsRouter } from './server/aws-router';
import { createForwardingService } from './server/forwarding-service';
import { emptyDynamoDbTables } from './server/empty-dynamodb';
import { CallCounters } from './server/call-counters';
import { startHttpServer } from './server/http-server';
import type { AwsServiceHandler } from './service-handler';
import { seededRandom, seedFromString, type Random } from './util/seeded-random';
import { TraceStore } from './xray/trace-store';
import { startUdpCollector } from './xray/udp-collector';
import { createXRayService } from './xray/xray-service';

export type { LocalAws, LocalAwsOptions, ServiceFactory } from './options';
export type { EventRule, BusSnapshot, Delivery } from './ec2/events/local-event-bus';
export type { Ec2BusEvent } from './ec2/events/event-envelope';

type AdminHandler = ReturnType<typeof createAdminRoutes>;

// The event bus's route first, then the other admin routes.
function withEventRoutes(
  events: (method: string, path: string, body: string) => AdminResponse | undefined,
  admin: AdminHandler,
): AdminHandler {
  return (method, path, body) => {
    const answer = events(method, path, body);
    return answer ? Promise.resolve(answer) : admin(method, path, body);
  };
}
export { DEFAULT_INSTANCES, DEFAULT_REGIONS } from './options';
export type { TransitionDurations } from './ec2/state/durations';
export { DEFAULT_DURATIONS } from './ec2/state/durations';
export type { FaultConfig, FaultRule, ThrottlingConfig, BucketSize } from './faults/fault-config';
export type { CountersSnapshot, ActionCount } from './server/call-counters';
export type { FleetView, InstanceView, RunningInterval } from './fleet/fleet-view';
export type { AwsRequest, AwsResponse, AwsServiceHandler } from './service-handler';

/**
 * Starts the local AWS: EC2 (`ec2`), CloudWatch (`monitoring`) and X-Ray (`xray`) on one HTTP
 * port, dispatched by the SigV4 credential scope, with a seeded fleet per region; and the X-Ray
 * daemon's UDP collector of segment documents (`xrayDaemonAddress`).
 *
 * @example
 * const aws = await createLocalAws({ instances: 100, quiet: true });
 * const ec2 = new EC2Client({ endpoint: aws.url, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
 * // …
 * await aws.close();
 */
export async function createLocalAws(options: LocalAwsOptions = {}): Promise<LocalAws> {
  const regions =
    options.regions && options.regions.length > 0 ? [...options.regions] : [...DEFAULT_REGIONS];
  const clock = options.now ?? ((): Date => new Date());
  const seed = options.seed ?? 'fleet-console';
  const runTimeRandom = (): Random =>
    seededRandom((typeof seed === 'number' ? seed : seedFromString(seed)) ^ 0x5eed);
  const state = new Ec2State(
    regions,
    { ...DEFAULT_DURATIONS, ...options.durations },
    () => clock().getTime(),
    runTimeRandom(),
  );
  const instances = options.instances ?? DEFAULT_INSTANCES;
  const loaded = options.stateFile ? loadState(state, options.stateFile) : false;
  const fleet = createEc2FleetView(state);
  const alarms = new AlarmStore();
  // The alarms continue the fleet's seed sequence; a fleet loaded from a file draws them afresh.
  const afterFleet = loaded
    ? runTimeRandom()
    : seedFleet(state, { instances, seed, now: state.now() });
  seedAlarms(alarms, fleet, afterFleet, state.now());
  const saver = options.stateFile ? createStateSaver(state, options.stateFile) : undefined;
  if (saver && !loaded) saver.changed();

  const faults = new FaultInjector();
  const throttler = new Ec2Throttler(() => faults.current().throttling);
  const applyFaults = (config: FaultConfig): void => {
    faults.configure(config);
    throttler.reset();
  };
  applyFaults(options.faults ?? {});
  const counters = new CallCounters();
  const bus = new LocalEventBus();
  bus.configure(options.events ?? {});
  const emitter = new Ec2EventEmitter(state, bus);
  const traces = new TraceStore(() => clock().getTime());
  // One seed sequence: a reset replays exactly what a fresh start with the same seed draws.
  const reset = async (): Promise<unknown> => {
    emitter.close();
    state.clear(runTimeRandom());
    alarms.clear();
    seedAlarms(alarms, fleet, seedFleet(state, { instances, seed, now: state.now() }), state.now());
    saver?.changed();
    const tables = await Promise.all(
      Object.entries(options.forward ?? {})
        .filter(([name]) => name === 'dynamodb')
        .map(([, url]) => emptyDynamoDbTables(url)),
    );
    applyFaults(options.faults ?? {});
    counters.reset();
    traces.clear();
    return {
      instances,
      seed,
      itemsDeleted: Object.assign({}, ...tables) as Record<string, number>,
    };
  };

  const services: Record<string, AwsServiceHandler> = {
    ec2: createEc2Service(state, {
      throttler,
      onMutation: saver ? (): void => saver.changed() : undefined,
      onChange: (mutation) => emitter.mutated(mutation),
    }),
    monitoring: createCloudWatchService(fleet, { now: clock, alarms }),
    xray: createXRayService(traces),
  };
  for (const [name, url] of Object.entries(options.forward ?? {}))
    services[name] = createForwardingService(url);
  for (const [name, factory] of Object.entries(options.services ?? {}))
    services[name] = factory(fleet);

  const log = options.quiet
    ? undefined
    : (options.log ?? ((line: string): void => console.log(line)));
  const startedAt = Date.now();
  const collector = await startUdpCollector(
    options.xrayDaemonAddress ?? '127.0.0.1:0',
    traces,
    log,
  );
  const server = await startHttpServer(options.host ?? '127.0.0.1', options.port ?? 0, {
    aws: createAwsRouter({ services, faults, counters, log }),
    admin: withEventRoutes(
      createEventRoutes(bus),
      createAdminRoutes({
        counters,
        faults,
        applyFaults,
        reset,
        health: () => ({
          status: 'ok',
          services: Object.keys(services),
          regions,
          instances: Object.fromEntries(
            regions.map((region) => [region, fleet.instances(region).length]),
          ),
          uptimeMs: Date.now() - startedAt,
          xray: {
            daemonAddress: collector.address,
            traces: traces.size,
            rejected: traces.rejected,
          },
        }),
      }),
    ),
  });

  return {
    url: `http://${options.host ?? '127.0.0.1'}:${server.port}`,
    port: server.port,
    regions,
    xrayDaemonAddress: collector.address,
    fleet,
    async close(): Promise<void> {
      emitter.close();
      await Promise.all([server.close(), collector.close()]);
      saver?.flush();
    },
  };
}
