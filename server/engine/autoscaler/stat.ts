/** A revision, by namespace and name. */
export interface RevisionKey {
  namespace: string;
  name: string;
}

/**
 * One report of request load, as queue-proxy and the activator send it every
 * second: time-weighted average concurrency over the period and the number of
 * requests that arrived in it. Proxied figures are the part of the load that
 * came through the activator (already reported by it), subtracted by the
 * autoscaler so nothing is counted twice.
 */
export interface Stat {
  /** Pod name, or `activator` for the activator's own report. */
  podName: string;
  averageConcurrency: number;
  requestCount: number;
  averageProxiedConcurrency?: number;
  proxiedRequestCount?: number;
}

/** Where the data plane sends load figures; implemented by the autoscaler. */
export interface MetricSink {
  record(revision: RevisionKey, stat: Stat, now?: Date): void;
  /** The first request for a revision at zero: decide a scale now, not at the next tick. */
  poke(revision: RevisionKey): void;
}
