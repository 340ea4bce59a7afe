import type { IncomingMessage, ServerResponse } from 'node:http';
import { isBareHost } from '../../dataplane/router';
import { ARRIVAL_TIME_EXTENSION, nextTtl, TTL_EXTENSION } from '../delivery/outcome';
import { withAttributes, type CloudEventRecord } from '../event/cloud-event';
import { receiveEvent, type Accepted } from '../event/receive';
import type { Dispatcher } from '../dispatch/dispatcher';
import type { EventingMetrics } from '../metrics';
import type { EventQueue } from '../queue/event-queue';
import type { Topology } from '../topology';

const BROKER_PATH = /^\/([^/]+)\/([^/]+)\/?$/;

/** `http://127.0.0.1:8080/NS/BROKER`: the broker address contract. */
export const brokerAddress = (ingressPort: number, ns: string, name: string) => `http://127.0.0.1:${ingressPort}/${ns}/${name}`;

/** Requests for a broker: the bare engine host with a `/namespace/broker` path. */
export const matchesBrokerRoute = (hostname: string, pathname: string) => isBareHost(hostname) && BROKER_PATH.test(pathname);

/**
 * The broker ingress. An event is accepted (202) only once it is committed to
 * the queue with the triggers it matched; filters are evaluated here, on
 * arrival, against the triggers whose subscriber is resolved.
 */
export class BrokerIngress {
  constructor(
    private readonly deps: { topology: Topology; queue: EventQueue; dispatcher: Dispatcher; metrics: EventingMetrics },
  ) {}

  async accept(ns: string, name: string, event: CloudEventRecord): Promise<Accepted> {
    const { topology, queue, dispatcher } = this.deps;
    if (!topology.broker(ns, name)) return { code: 404, message: `broker "${name}" not found in namespace "${ns}"` };
    const ttl = nextTtl(event.attrs);
    if ('error' in ttl) return { code: 400, message: ttl.error };
    // Filters see the event as the subscriber will: with the arrival time, without the TTL.
    const seen = withAttributes(event, { [ARRIVAL_TIME_EXTENSION]: new Date().toISOString() }, [TTL_EXTENSION]);
    const targets = topology
      .triggersOf(ns, name)
      .filter((t) => t.matches(seen.attrs))
      .map((t) => ({ kind: 'trigger' as const, name: t.name, uid: t.uid }));
    const stored = withAttributes(seen, { [TTL_EXTENSION]: String(ttl.ttl) });
    const deliveries = await queue.append(ns, { kind: 'broker', name }, stored, targets);
    for (const d of deliveries) dispatcher.schedule(d);
    return { code: 202 };
  }

  readonly handle = (req: IncomingMessage, res: ServerResponse) => {
    const [, ns, name] = BROKER_PATH.exec((req.url ?? '/').split('?')[0]) ?? [];
    void receiveEvent(
      req,
      res,
      (event) => this.accept(decodeURIComponent(ns), decodeURIComponent(name), event),
      (code, type) => this.deps.metrics.ingress('broker', ns, name, type, code),
    );
  };
}
