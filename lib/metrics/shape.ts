import type { PromSample } from './prom-text';
import { bucketIncrease, counterRate, histogramQuantile, type Bucket } from './rates';
import {
  flowKey, revisionKey, serviceKey,
  type CodeClass, type FlowKind, type FlowPoint, type FlowRef, type MetricsFrame, type RevisionPoint, type RevisionRef, type ServicePoint, type ServiceRef,
} from './types';

/** One reading of /metrics: when it was taken and what it said. */
export interface Scrape {
  t: number;
  samples: PromSample[];
}

/** Knative's autoscaler gauges → point fields. */
const GAUGES: Record<string, keyof RevisionPoint> = {
  autoscaler_desired_pods: 'desired',
  autoscaler_actual_pods: 'actual',
  autoscaler_stable_request_concurrency: 'stable',
  autoscaler_panic_request_concurrency: 'panic',
  autoscaler_target_concurrency_per_pod: 'target',
  autoscaler_panic_mode: 'panicMode',
};
const REQUESTS = 'revision_request_count';
const LATENCY = 'revision_request_latencies_bucket';
const CLASSES: CodeClass[] = ['2xx', '3xx', '4xx', '5xx'];

const revRef = (l: Record<string, string>): RevisionRef => ({
  namespace: l.namespace_name ?? '',
  service: l.service_name ?? '',
  configuration: l.configuration_name ?? '',
  revision: l.revision_name ?? '',
});

/** Sums the samples of one metric by a key; the first sample of each key gives its labels. */
function sumBy(samples: PromSample[], name: string, key: (l: Record<string, string>) => string) {
  const out = new Map<string, { labels: Record<string, string>; value: number }>();
  for (const s of samples) {
    if (s.name !== name) continue;
    const k = key(s.labels);
    const cur = out.get(k);
    if (cur) cur.value += s.value;
    else out.set(k, { labels: s.labels, value: s.value });
  }
  return out;
}

/** Rates of a counter summed by `key`, between two scrapes. */
function ratesBy(cur: Scrape, base: Scrape, name: string, key: (l: Record<string, string>) => string) {
  const now = sumBy(cur.samples, name, key);
  const then = sumBy(base.samples, name, key);
  const out = new Map<string, { labels: Record<string, string>; rate: number }>();
  for (const [k, v] of now) out.set(k, { labels: v.labels, rate: counterRate(then.get(k)?.value ?? 0, v.value, base.t, cur.t) });
  return out;
}

/** Cumulative latency buckets grouped by `key`. */
function bucketsBy(samples: PromSample[], key: (l: Record<string, string>) => string): Map<string, Bucket[]> {
  const sums = sumBy(samples, LATENCY, (l) => `${key(l)}\u0000${l.le}`);
  const out = new Map<string, Bucket[]>();
  for (const [k, v] of sums) {
    const group = k.slice(0, k.lastIndexOf('\u0000'));
    const le = v.labels.le === '+Inf' ? Infinity : Number(v.labels.le);
    let list = out.get(group);
    if (!list) out.set(group, (list = []));
    list.push({ le, count: v.value });
  }
  return out;
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Request rates by class and latency percentiles per group, from the counters' and buckets' increase since `base`. */
function trafficBy(cur: Scrape, base: Scrape | undefined, key: (l: Record<string, string>) => string) {
  const out = new Map<string, { labels: Record<string, string>; rps: Partial<Record<CodeClass, number>>; p50?: number; p95?: number; p99?: number }>();
  if (!base) return out;
  const rates = ratesBy(cur, base, REQUESTS, (l) => `${key(l)}\u0000${l.response_code_class}`);
  for (const [k, v] of rates) {
    const group = k.slice(0, k.lastIndexOf('\u0000'));
    const cls = v.labels.response_code_class as CodeClass;
    let entry = out.get(group);
    if (!entry) out.set(group, (entry = { labels: v.labels, rps: {} }));
    if (CLASSES.includes(cls)) entry.rps[cls] = round((entry.rps[cls] ?? 0) + v.rate);
  }
  const before = bucketsBy(base.samples, key);
  for (const [group, after] of bucketsBy(cur.samples, key)) {
    const entry = out.get(group);
    if (!entry) continue;
    const inc = bucketIncrease(before.get(group) ?? [], after);
    for (const [field, q] of [['p50', 0.5], ['p95', 0.95], ['p99', 0.99]] as const) {
      const v = histogramQuantile(q, inc);
      if (v !== undefined) entry[field] = round(v, 1);
    }
  }
  return out;
}

/** Deliveries per trigger/subscription and events in per broker/channel. */
function flows(cur: Scrape, base: Scrape | undefined, t: number): MetricsFrame['flows'] {
  const points = new Map<string, { ref: FlowRef; point: FlowPoint }>();
  const at = (ref: FlowRef) => {
    const k = flowKey(ref);
    let e = points.get(k);
    if (!e) points.set(k, (e = { ref, point: { t } }));
    return e.point;
  };
  const seen = (name: string, kind: FlowKind, nameLabel: string) => {
    for (const s of cur.samples) if (s.name === name && (s.labels.kind ?? kind) === kind) at(flowOf(s.labels, kind, nameLabel));
  };
  const flowOf = (l: Record<string, string>, kind: FlowKind, nameLabel: string): FlowRef => ({
    namespace: l.namespace_name ?? '', kind, name: l[nameLabel] ?? '', ...(l.parent ? { parent: l.parent } : {}),
  });
  // Known flows appear (at zero) even before the first rate can be computed.
  seen('event_count', 'broker', 'broker_name');
  seen('eventing_channel_event_count', 'channel', 'channel_name');
  seen('eventing_deliveries_total', 'trigger', 'name');
  seen('eventing_deliveries_total', 'subscription', 'name');
  if (!base) return [...points.entries()].map(([key, e]) => ({ key, ...e }));

  for (const [metric, kind, nameLabel] of [['event_count', 'broker', 'broker_name'], ['eventing_channel_event_count', 'channel', 'channel_name']] as const) {
    const rates = ratesBy(cur, base, metric, (l) => `${flowKey(flowOf(l, kind, nameLabel))}\u0000${l.response_code_class === '2xx' ? 'ok' : 'bad'}`);
    for (const [k, v] of rates) {
      const p = at(flowOf(v.labels, kind, nameLabel));
      const field = k.endsWith('ok') ? 'received' : 'rejected';
      p[field] = round((p[field] ?? 0) + v.rate);
    }
  }
  const outcomes: Record<string, keyof FlowPoint> = { delivered: 'delivered', failed: 'failed', dead_lettered: 'deadLettered' };
  const rates = ratesBy(cur, base, 'eventing_deliveries_total', (l) => `${l.namespace_name}/${l.kind}/${l.name}\u0000${l.outcome}`);
  for (const v of rates.values()) {
    const field = outcomes[v.labels.outcome];
    if (!field) continue;
    const p = at(flowOf(v.labels, v.labels.kind as FlowKind, 'name'));
    (p[field] as number | undefined) = round(((p[field] as number | undefined) ?? 0) + v.rate);
  }
  return [...points.entries()].map(([key, e]) => ({ key, ...e }));
}

/**
 * Turns the newest scrape into one frame of points: the autoscaler's gauges as
 * read, and rates and latency percentiles over the interval since `base` (an
 * earlier scrape, a few seconds back, so a second without requests does not
 * read as a gap). Without `base` only gauges are filled.
 */
export function shapeFrame(cur: Scrape, base?: Scrape): MetricsFrame {
  const t = cur.t;
  const revisions = new Map<string, { ref: RevisionRef; point: RevisionPoint }>();
  const rev = (l: Record<string, string>) => {
    const ref = revRef(l);
    const k = revisionKey(ref);
    let e = revisions.get(k);
    if (!e) revisions.set(k, (e = { ref, point: { t } }));
    return e;
  };
  for (const s of cur.samples) {
    const field = GAUGES[s.name];
    if (!field || !s.labels.revision_name || !Number.isFinite(s.value)) continue;
    const p = rev(s.labels).point as unknown as Record<string, unknown>;
    p[field] = field === 'panicMode' ? s.value > 0 : round(s.value);
  }
  for (const v of trafficBy(cur, base, (l) => revisionKey(revRef(l))).values()) {
    const { rps, p50, p95, p99 } = v;
    Object.assign(rev(v.labels).point, { rps, ...(p50 !== undefined ? { p50, p95, p99 } : {}) });
  }

  const services = new Map<string, { ref: ServiceRef; point: ServicePoint }>();
  const svc = (ref: ServiceRef) => {
    const k = serviceKey(ref);
    let e = services.get(k);
    if (!e) services.set(k, (e = { ref, point: { t } }));
    return e;
  };
  for (const { ref, point } of revisions.values()) {
    if (!ref.service) continue;
    const s = svc({ namespace: ref.namespace, service: ref.service }).point;
    if (point.desired !== undefined) s.desired = (s.desired ?? 0) + point.desired;
    if (point.actual !== undefined) s.actual = (s.actual ?? 0) + point.actual;
  }
  for (const v of trafficBy(cur, base, (l) => (l.service_name ? `${l.namespace_name}/${l.service_name}` : '')).values()) {
    if (!v.labels.service_name) continue;
    const { rps, p50, p95, p99 } = v;
    Object.assign(svc({ namespace: v.labels.namespace_name, service: v.labels.service_name }).point, { rps, ...(p50 !== undefined ? { p50, p95, p99 } : {}) });
  }

  return {
    t,
    revisions: [...revisions.entries()].map(([key, e]) => ({ key, ...e })),
    services: [...services.entries()].map(([key, e]) => ({ key, ...e })),
    flows: flows(cur, base, t),
  };
}
