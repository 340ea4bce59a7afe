import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

export type DeliveryOutcome = 'delivered' | 'failed' | 'retried' | 'dead_lettered';

/** Response code class as Knative's metrics label it (`2xx`, `5xx`); no response is `none`. */
export const codeClass = (code: number | undefined) => (code === undefined || code < 100 ? 'none' : `${Math.floor(code / 100)}xx`);

/**
 * Eventing's Prometheus metrics. Ingress counts keep Knative's broker-ingress
 * name and labels (`event_count`); deliveries are counted per trigger and per
 * subscription in one family, told apart by `kind` and named by `name` and
 * `parent` (the broker or channel).
 */
export function createEventingMetrics(registry: Registry, pendingDeliveries: () => number) {
  // A second start in one process (tests, restarts) reuses the families already registered.
  const get = <T>(name: string, make: () => T): T => (registry.getSingleMetric(name) as T | undefined) ?? make();
  const counter = <L extends string>(name: string, help: string, labelNames: readonly L[]) =>
    get(name, () => new Counter({ name, help, labelNames, registers: [registry] }));
  const brokerEvents = counter('event_count', 'Number of events received by a Broker', [
    'namespace_name', 'broker_name', 'event_type', 'response_code', 'response_code_class',
  ]);
  const channelEvents = counter('eventing_channel_event_count', 'Number of events received by a Channel', [
    'namespace_name', 'channel_name', 'event_type', 'response_code', 'response_code_class',
  ]);
  const deliveries = counter(
    'eventing_deliveries_total',
    'Event deliveries per Trigger (kind=trigger, parent=broker) and Subscription (kind=subscription, parent=channel), by outcome: delivered, failed (given up), retried (a retry scheduled), dead_lettered',
    ['namespace_name', 'kind', 'name', 'parent', 'outcome'],
  );
  const latency = get(
    'event_dispatch_latencies',
    () =>
      new Histogram({
        name: 'event_dispatch_latencies',
        help: 'The time spent dispatching an event to a subscriber, reply or dead-letter sink, in milliseconds',
        labelNames: ['namespace_name', 'kind', 'name', 'parent', 'response_code_class'],
        buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000],
        registers: [registry],
      }),
  );
  // The gauge reads the live count at scrape time; a second start replaces the reader.
  const depth = get(
    'eventing_queue_depth',
    () =>
      new Gauge({
        name: 'eventing_queue_depth',
        help: 'Deliveries waiting in the durable eventing queue (including retries scheduled for later)',
        registers: [registry],
        collect() {
          this.set(reader());
        },
      }),
  );
  reader = pendingDeliveries;
  void depth;

  // Children cached per label set: a hot path pays a map lookup, not prom-client's label hashing.
  const children = new Map<string, unknown>();
  const child = <T>(key: string, make: () => T): T => {
    let c = children.get(key) as T | undefined;
    if (!c) children.set(key, (c = make()));
    return c;
  };

  /** The metrics of one trigger or subscription, bound once so that a delivery costs no lookup at all. */
  function target(kind: 'trigger' | 'subscription', ns: string, name: string, parent: string): TargetMetrics {
    return child(`t|${kind}|${ns}|${name}|${parent}`, () => {
      const outcomes = new Map<DeliveryOutcome, { inc(): void }>();
      const latencies = new Map<string, { observe(v: number): void }>();
      return {
        delivery(outcome: DeliveryOutcome) {
          let c = outcomes.get(outcome);
          if (!c) outcomes.set(outcome, (c = deliveries.labels({ namespace_name: ns, kind, name, parent, outcome })));
          c.inc();
        },
        dispatched(code: number | undefined, ms: number) {
          const cls = codeClass(code);
          let h = latencies.get(cls);
          if (!h) latencies.set(cls, (h = latency.labels({ namespace_name: ns, kind, name, parent, response_code_class: cls })));
          h.observe(ms);
        },
      };
    });
  }

  return {
    ingress(kind: 'broker' | 'channel', ns: string, name: string, eventType: string, code: number) {
      const c = child(`i|${kind}|${ns}|${name}|${eventType}|${code}`, () => {
        const labels = { namespace_name: ns, event_type: eventType, response_code: String(code), response_code_class: codeClass(code) };
        return kind === 'broker' ? brokerEvents.labels({ ...labels, broker_name: name }) : channelEvents.labels({ ...labels, channel_name: name });
      });
      c.inc();
    },
    target,
  };
}

export interface TargetMetrics {
  delivery(outcome: DeliveryOutcome): void;
  /** One attempt: its status code (undefined: no response) and duration. */
  dispatched(code: number | undefined, ms: number): void;
}

let reader: () => number = () => 0;

export type EventingMetrics = ReturnType<typeof createEventingMetrics>;
