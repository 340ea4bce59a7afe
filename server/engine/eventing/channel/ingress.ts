import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CloudEventRecord } from '../event/cloud-event';
import { receiveEvent, type Accepted } from '../event/receive';
import type { Dispatcher } from '../dispatch/dispatcher';
import type { EventingMetrics } from '../metrics';
import type { EventQueue } from '../queue/event-queue';
import type { Topology } from '../topology';

const CHANNEL_HOST = /^(.+)-kn-channel\.([^.]+)\.svc\.cluster\.local$/;

/** A channel's address, as InMemoryChannel's: `http://NAME-kn-channel.NS.svc.cluster.local`. */
export const channelAddress = (ns: string, name: string) => `http://${name}-kn-channel.${ns}.svc.cluster.local`;

export const matchesChannelRoute = (hostname: string) => CHANNEL_HOST.test(hostname);

/** Channel ingress: durable like the broker's; every subscription of the channel gets a delivery. */
export class ChannelIngress {
  constructor(
    private readonly deps: { topology: Topology; queue: EventQueue; dispatcher: Dispatcher; metrics: EventingMetrics },
  ) {}

  async accept(ns: string, name: string, event: CloudEventRecord): Promise<Accepted> {
    const { topology, queue, dispatcher } = this.deps;
    if (!topology.channel(ns, name)) return { code: 404, message: `channel "${name}" not found in namespace "${ns}"` };
    const targets = topology.subscriptionsOf(ns, name).map((s) => ({ kind: 'subscription' as const, name: s.name, uid: s.uid }));
    const deliveries = await queue.append(ns, { kind: 'channel', name }, event, targets);
    for (const d of deliveries) dispatcher.schedule(d);
    return { code: 202 };
  }

  readonly handle = (req: IncomingMessage, res: ServerResponse, hostname: string) => {
    const [, name, ns] = CHANNEL_HOST.exec(hostname) ?? [];
    void receiveEvent(
      req,
      res,
      (event) => this.accept(ns, name, event),
      (code, type) => this.deps.metrics.ingress('channel', ns, name, type, code),
    );
  };
}
