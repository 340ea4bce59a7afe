/**
 * The console's metric series, as the server keeps them and sends them to
 * browsers. Every point carries `t`: when the sample was taken (ms since the
 * epoch), which is what the charts plot and expose for latency measurement.
 * A field is absent when the source has no such figure (yet).
 */

/** Response classes as Knative labels them. */
export type CodeClass = '2xx' | '3xx' | '4xx' | '5xx';

export interface RevisionRef {
  namespace: string;
  service: string;
  configuration: string;
  revision: string;
}

export interface RevisionPoint {
  t: number;
  desired?: number;
  actual?: number;
  /** Average concurrency per pod over the stable / panic window. */
  stable?: number;
  panic?: number;
  /** Target concurrency per pod. */
  target?: number;
  panicMode?: boolean;
  /** Requests per second by response class. */
  rps?: Partial<Record<CodeClass, number>>;
  /** Latency percentiles in milliseconds. */
  p50?: number;
  p95?: number;
  p99?: number;
}

export interface ServiceRef {
  namespace: string;
  service: string;
}

/** A service's figures across its revisions (pods summed, latency from the merged histogram). */
export type ServicePoint = Pick<RevisionPoint, 't' | 'desired' | 'actual' | 'rps' | 'p50' | 'p95' | 'p99'>;

export type FlowKind = 'broker' | 'channel' | 'trigger' | 'subscription';

export interface FlowRef {
  namespace: string;
  kind: FlowKind;
  name: string;
  /** The broker of a trigger, the channel of a subscription. */
  parent?: string;
}

/** Events per second: accepted / refused at a broker or channel, delivered / failed / dead-lettered by a trigger or subscription. */
export interface FlowPoint {
  t: number;
  received?: number;
  rejected?: number;
  delivered?: number;
  failed?: number;
  deadLettered?: number;
}

export interface Series<R, P> {
  ref: R;
  points: P[];
}

/** Series keyed by `namespace/name` (flows: `namespace/kind/name`). */
export interface SeriesSet {
  revisions: Record<string, Series<RevisionRef, RevisionPoint>>;
  services: Record<string, Series<ServiceRef, ServicePoint>>;
  flows: Record<string, Series<FlowRef, FlowPoint>>;
}

/** Where the figures come from, and whether some of them cannot be had there. */
export interface MetricsSourceInfo {
  kind: 'engine' | 'prometheus' | 'podautoscalers';
  /** Only desired/actual pods are available (a cluster without PROMETHEUS_URL). */
  limited: boolean;
  description: string;
}

/** One scrape's worth of points, each with its series' ref. */
export interface MetricsFrame {
  t: number;
  revisions: { key: string; ref: RevisionRef; point: RevisionPoint }[];
  services: { key: string; ref: ServiceRef; point: ServicePoint }[];
  flows: { key: string; ref: FlowRef; point: FlowPoint }[];
}

/** Server-Sent Events of /api/metrics/stream. */
export type MetricsMessage =
  | { type: 'hello'; source: MetricsSourceInfo; history: SeriesSet }
  | { type: 'frame'; frame: MetricsFrame }
  | { type: 'error'; t: number; message: string };

export const revisionKey = (r: { namespace: string; revision: string }) => `${r.namespace}/${r.revision}`;
export const serviceKey = (r: ServiceRef) => `${r.namespace}/${r.service}`;
export const flowKey = (r: FlowRef) => `${r.namespace}/${r.kind}/${r.name}`;
