import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { stateChangeEvent } from './event-envelope';
import { LocalEventBus } from './local-event-bus';

// A rule's target that answers only when told to: what a slow function looks like to the bus.
async function heldTarget(): Promise<{ url: string; release: () => void; server: Server }> {
  const waiting: (() => void)[] = [];
  const server = createServer((request, response) => {
    request.resume();
    waiting.push(() => response.end('{}'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/invocations`,
    release: () => waiting.splice(0).forEach((answer) => answer()),
    server,
  };
}

describe('LocalEventBus', () => {
  it('counts an event in flight until its target has answered', async () => {
    const target = await heldTarget();
    const bus = new LocalEventBus();
    bus.configure({
      rules: [{ name: 'inventory', pattern: { source: ['aws.ec2'] }, target: target.url }],
    });

    const delivered = bus.put(stateChangeEvent('eu-west-1', 'i-0abc', 'running', Date.now()));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const during = bus.snapshot();
    target.release();
    await delivered;

    expect(during.inFlight).toBe(1);
    expect(bus.snapshot()).toMatchObject({ inFlight: 0, counts: { delivered: 1 } });
    target.server.close();
  });

  it('has nothing in flight for an event no rule matches', async () => {
    const bus = new LocalEventBus();

    const delivery = await bus.put(stateChangeEvent('eu-west-1', 'i-0abc', 'running', Date.now()));

    expect(delivery.status).toBe('unmatched');
    expect(bus.snapshot().inFlight).toBe(0);
  });
});
