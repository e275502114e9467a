import { join } from 'node:path';
import {
  runInLambda,
  startXRayDaemonStandIn,
  type XRayDaemonStandIn,
} from './fixtures/lambda-process';

// Real wires: the fixture runs the X-Ray SDK in a process with Lambda's environment and sends to
// a UDP socket of this test, which sees each datagram's source port.
const FIXTURE = join(__dirname, 'fixtures', 'two-traced-sends.ts');
const TRACE = 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1';

let daemon: XRayDaemonStandIn;

beforeEach(async () => {
  daemon = await startXRayDaemonStandIn();
});

afterEach(() => daemon.close());

/** Runs the fixture; resolves with its output once it has exited of its own accord. */
const run = (mode: 'kit' | 'sdk-default'): Promise<string> =>
  runInLambda(['--import', 'tsx', FIXTURE, mode], daemon.address, { _X_AMZN_TRACE_ID: TRACE });

const senders = (): number[] => daemon.received.map((datagram) => datagram.fromPort);

describe('keepOneXRaySocket', () => {
  it('sends every segment of a Lambda process from one socket, which does not keep the process alive', async () => {
    expect(await run('kit')).toContain('sent');
    await daemon.arrived(2);
    expect(senders()).toHaveLength(2);
    expect(new Set(senders()).size).toBe(1);
  }, 30_000);

  it('is needed: inside Lambda the SDK alone opens a new socket for sends made apart', async () => {
    expect(await run('sdk-default')).toContain('sent');
    await daemon.arrived(2);
    expect(senders()).toHaveLength(2);
    expect(new Set(senders()).size).toBe(2);
  }, 30_000);
});
