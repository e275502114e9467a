import type { AdminResponse } from '../../server/admin-routes';
import type { Ec2BusEvent } from './event-envelope';
import type { EventRule, LocalEventBus } from './local-event-bus';

interface BusSettings {
  readonly enabled?: boolean;
  readonly rules?: readonly EventRule[];
}

function parseSettings(body: string): BusSettings {
  const settings = JSON.parse(body || '{}') as BusSettings;
  if (settings.enabled !== undefined && typeof settings.enabled !== 'boolean')
    throw new Error('enabled must be true or false');
  for (const rule of settings.rules ?? []) {
    if (
      typeof rule.name !== 'string' ||
      typeof rule.target !== 'string' ||
      typeof rule.pattern !== 'object'
    )
      throw new Error('every rule needs a name, a pattern object and a target URL');
  }
  return settings;
}

const refused = (error: unknown): AdminResponse => ({
  status: 400,
  json: { error: error instanceof Error ? error.message : String(error) },
});

/**
 * `/_local/events`: the local bus's rules, switch and delivery log. `GET` reads them; `PUT`
 * sets `{ enabled?, rules? }`; `POST` puts one event on the bus (as PutEvents would) and answers
 * `202` with the rules it matched (its delivery shows in `GET`). Any other path answers `undefined` (not an event route).
 */
export function createEventRoutes(
  bus: LocalEventBus,
): (method: string, path: string, body: string) => AdminResponse | undefined {
  return (method, path, body) => {
    if (path !== '/_local/events') return undefined;
    if (method === 'GET') return { status: 200, json: bus.snapshot() };
    try {
      if (method === 'PUT') {
        bus.configure(parseSettings(body));
        return { status: 200, json: bus.snapshot() };
      }
      if (method === 'POST') {
        const event = JSON.parse(body) as Ec2BusEvent;
        const rules = bus.matchingRules(event);
        void bus.put(event);
        return { status: 202, json: { eventId: event.id, rules } };
      }
    } catch (error) {
      return refused(error);
    }
    return { status: 405, json: { error: 'method not allowed; use GET, PUT, POST' } };
  };
}
