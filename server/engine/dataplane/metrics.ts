import { Counter, Histogram, type Registry } from 'prom-client';
import type { RevisionEntry } from './route-table';

const LABELS = ['namespace_name', 'service_name', 'configuration_name', 'revision_name', 'response_code', 'response_code_class'] as const;
/** queue-proxy's latency buckets (ms). */
type L = (typeof LABELS)[number];
const BUCKETS = [5, 10, 20, 40, 60, 80, 100, 150, 200, 250, 300, 350, 400, 450, 500, 600, 700, 800, 900, 1000, 2000, 5000, 10000, 20000, 50000, 100000];

/**
 * Knative's request metrics under their queue-proxy and activator names:
 * revision_request_count / revision_request_latencies (every request served
 * for a revision) and activator_request_count / activator_request_latencies
 * (the requests the activator buffered or proxied).
 */
export class DataplaneMetrics {
  private readonly count: Counter<(typeof LABELS)[number]>;
  private readonly latency: Histogram<(typeof LABELS)[number]>;
  private readonly activatorCount: Counter<(typeof LABELS)[number]>;
  private readonly activatorLatency: Histogram<(typeof LABELS)[number]>;
  private readonly children = new Map<string, { c: Counter.Internal; h: Histogram.Internal<L>; ac: Counter.Internal; ah: Histogram.Internal<L> }>();

  constructor(registry: Registry) {
    const registers = [registry];
    this.count = new Counter({ name: 'revision_request_count', help: 'The number of requests that are routed to queue-proxy', labelNames: LABELS, registers });
    this.latency = new Histogram({ name: 'revision_request_latencies', help: 'The response latencies of the requests (milliseconds)', labelNames: LABELS, buckets: BUCKETS, registers });
    this.activatorCount = new Counter({ name: 'activator_request_count', help: 'The number of requests that are routed to the activator', labelNames: LABELS, registers });
    this.activatorLatency = new Histogram({ name: 'activator_request_latencies', help: 'The response latencies of the requests through the activator (milliseconds)', labelNames: LABELS, buckets: BUCKETS, registers });
  }

  observe(rev: RevisionEntry, code: number, ms: number, viaActivator: boolean) {
    const key = `${rev.key.namespace}/${rev.key.name}/${code}`;
    let ch = this.children.get(key);
    if (!ch) {
      const labels = { ...rev.labels, response_code: String(code), response_code_class: `${Math.floor(code / 100)}xx` };
      ch = { c: this.count.labels(labels), h: this.latency.labels(labels), ac: this.activatorCount.labels(labels), ah: this.activatorLatency.labels(labels) };
      this.children.set(key, ch);
    }
    ch.c.inc();
    ch.h.observe(ms);
    if (viaActivator) {
      ch.ac.inc();
      ch.ah.observe(ms);
    }
  }

  close(registry: Registry) {
    for (const m of ['revision_request_count', 'revision_request_latencies', 'activator_request_count', 'activator_request_latencies']) {
      registry.removeSingleMetric(m);
    }
  }
}
