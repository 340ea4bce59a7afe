import { flowKey, revisionKey, serviceKey, type CodeClass, type FlowPoint, type MetricsFrame, type RevisionPoint, type ServicePoint } from './types';

/**
 * The console's series as PromQL over Knative's metric names, for a cluster
 * whose Prometheus scrapes Knative (PROMETHEUS_URL). Rates use a 1-minute
 * range, as Knative's own Grafana dashboards do.
 */
export interface RangeQuery {
  target: 'revision' | 'service' | 'broker' | 'trigger';
  field: string;
  promql: string;
}

const REV = 'namespace_name, service_name, configuration_name, revision_name';
const SVC = 'namespace_name, service_name';
const quantiles = [['p50', 0.5], ['p95', 0.95], ['p99', 0.99]] as const;
const gauges = [
  ['desired', 'autoscaler_desired_pods'],
  ['actual', 'autoscaler_actual_pods'],
  ['stable', 'autoscaler_stable_request_concurrency'],
  ['panic', 'autoscaler_panic_request_concurrency'],
  ['target', 'autoscaler_target_concurrency_per_pod'],
  ['panicMode', 'autoscaler_panic_mode'],
] as const;

/** A label matcher for the namespaces in view (names are DNS labels: nothing to escape). */
const nsMatcher = (namespaces: string[]) => `namespace_name=~"${namespaces.join('|')}"`;

export function rangeQueries(namespaces: string[]): RangeQuery[] {
  const ns = nsMatcher(namespaces);
  const latency = (by: string, q: number) => `histogram_quantile(${q}, sum by (${by}, le) (rate(revision_request_latencies_bucket{${ns}}[1m])))`;
  return [
    ...gauges.map(([field, m]) => ({ target: 'revision' as const, field, promql: `max by (${REV}) (${m}{${ns}})` })),
    ...gauges.slice(0, 2).map(([field, m]) => ({ target: 'service' as const, field, promql: `sum by (${SVC}) (${m}{${ns}})` })),
    { target: 'revision', field: 'rps', promql: `sum by (${REV}, response_code_class) (rate(revision_request_count{${ns}}[1m]))` },
    { target: 'service', field: 'rps', promql: `sum by (${SVC}, response_code_class) (rate(revision_request_count{${ns}}[1m]))` },
    ...quantiles.map(([field, q]) => ({ target: 'revision' as const, field, promql: latency(REV, q) })),
    ...quantiles.map(([field, q]) => ({ target: 'service' as const, field, promql: latency(SVC, q) })),
    // Broker ingress and trigger filter both count `event_count`; the filter's carries trigger_name.
    { target: 'broker', field: 'events', promql: `sum by (namespace_name, broker_name, response_code_class) (rate(event_count{${ns}, trigger_name=""}[1m]))` },
    { target: 'trigger', field: 'events', promql: `sum by (namespace_name, broker_name, trigger_name, response_code_class) (rate(event_count{${ns}, trigger_name!=""}[1m]))` },
  ];
}

/** One series of a query_range answer (`resultType: matrix`). */
export interface MatrixSeries {
  metric: Record<string, string>;
  values: [number, string][];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Merges the answers of rangeQueries() into frames, one per timestamp, oldest first. */
export function framesFromMatrices(answers: { query: RangeQuery; result: MatrixSeries[] }[]): MetricsFrame[] {
  const frames = new Map<number, { t: number; rev: Map<string, MetricsFrame['revisions'][0]>; svc: Map<string, MetricsFrame['services'][0]>; flow: Map<string, MetricsFrame['flows'][0]> }>();
  const frameAt = (t: number) => {
    let f = frames.get(t);
    if (!f) frames.set(t, (f = { t, rev: new Map(), svc: new Map(), flow: new Map() }));
    return f;
  };
  for (const { query, result } of answers) {
    for (const series of result) {
      const l = series.metric;
      for (const [ts, raw] of series.values) {
        const v = Number(raw);
        if (!Number.isFinite(v)) continue;
        const t = Math.round(ts * 1000);
        const f = frameAt(t);
        if (query.target === 'revision' || query.target === 'service') {
          let point: RevisionPoint | ServicePoint;
          if (query.target === 'revision') {
            const ref = { namespace: l.namespace_name, service: l.service_name ?? '', configuration: l.configuration_name ?? '', revision: l.revision_name };
            const key = revisionKey(ref);
            let e = f.rev.get(key);
            if (!e) f.rev.set(key, (e = { key, ref, point: { t } }));
            point = e.point;
          } else {
            const ref = { namespace: l.namespace_name, service: l.service_name };
            const key = serviceKey(ref);
            let e = f.svc.get(key);
            if (!e) f.svc.set(key, (e = { key, ref, point: { t } }));
            point = e.point;
          }
          const p = point as Record<string, unknown>;
          if (query.field === 'rps') {
            const rps = (p.rps ??= {}) as Partial<Record<CodeClass, number>>;
            rps[l.response_code_class as CodeClass] = round(v);
          } else p[query.field] = query.field === 'panicMode' ? v > 0 : round(v);
        } else {
          const trigger = query.target === 'trigger';
          const ref = trigger
            ? { namespace: l.namespace_name, kind: 'trigger' as const, name: l.trigger_name, parent: l.broker_name }
            : { namespace: l.namespace_name, kind: 'broker' as const, name: l.broker_name };
          const key = flowKey(ref);
          let e = f.flow.get(key);
          if (!e) f.flow.set(key, (e = { key, ref, point: { t } }));
          const ok = l.response_code_class === '2xx';
          const field: keyof FlowPoint = trigger ? (ok ? 'delivered' : 'failed') : ok ? 'received' : 'rejected';
          e.point[field] = round(((e.point[field] as number | undefined) ?? 0) + v);
        }
      }
    }
  }
  return [...frames.values()]
    .sort((a, b) => a.t - b.t)
    .map((f) => ({ t: f.t, revisions: [...f.rev.values()], services: [...f.svc.values()], flows: [...f.flow.values()] }));
}
