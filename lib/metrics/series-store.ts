import { RingBuffer } from './ring-buffer';
import type { FlowPoint, FlowRef, MetricsFrame, RevisionPoint, RevisionRef, ServicePoint, ServiceRef, SeriesSet } from './types';

/** What a browser looks at: a namespace, optionally one service of it. */
export interface MetricsScope {
  namespace: string;
  service?: string;
}

/** One hour at one sample a second, plus slack for scrapes that run a little fast. */
export const HISTORY_POINTS = 3_700;

const inScope = (scope: MetricsScope, ref: { namespace: string; service?: string }, hasService: boolean) =>
  ref.namespace === scope.namespace && (!scope.service || !hasService || ref.service === scope.service);

/** A frame cut down to what a scope may see (flows belong to a namespace, not a service). */
export function frameInScope(frame: MetricsFrame, scope: MetricsScope): MetricsFrame {
  return {
    t: frame.t,
    revisions: frame.revisions.filter((r) => inScope(scope, r.ref, true)),
    services: frame.services.filter((s) => inScope(scope, s.ref, true)),
    flows: scope.service ? [] : frame.flows.filter((f) => inScope(scope, f.ref, false)),
  };
}

interface Kept<R, P> {
  ref: R;
  points: RingBuffer<P>;
}

/**
 * The last hour of every series, one ring buffer per revision, service and
 * flow. A series that has not been seen for longer than the history is
 * dropped, so deleted revisions do not pile up.
 */
export class SeriesStore {
  private readonly revisions = new Map<string, Kept<RevisionRef, RevisionPoint>>();
  private readonly services = new Map<string, Kept<ServiceRef, ServicePoint>>();
  private readonly flows = new Map<string, Kept<FlowRef, FlowPoint>>();

  constructor(
    private readonly capacity = HISTORY_POINTS,
    private readonly retainMs = 3_600_000,
  ) {}

  add(frame: MetricsFrame) {
    const put = <R, P>(map: Map<string, Kept<R, P>>, entries: { key: string; ref: R; point: P }[]) => {
      for (const e of entries) {
        let kept = map.get(e.key);
        if (!kept) map.set(e.key, (kept = { ref: e.ref, points: new RingBuffer<P>(this.capacity) }));
        kept.ref = e.ref;
        kept.points.push(e.point);
      }
      for (const [key, kept] of map) {
        const last = kept.points.last() as { t: number } | undefined;
        if (!last || frame.t - last.t > this.retainMs) map.delete(key);
      }
    };
    put(this.revisions, frame.revisions);
    put(this.services, frame.services);
    put(this.flows, frame.flows);
  }

  /** The points of a scope's series taken at or after `since` (ms). */
  snapshot(scope: MetricsScope, since: number): SeriesSet {
    const take = <R extends { namespace: string; service?: string }, P extends { t: number }>(map: Map<string, Kept<R, P>>, hasService: boolean) => {
      const out: Record<string, { ref: R; points: P[] }> = {};
      for (const [key, kept] of map) {
        if (!inScope(scope, kept.ref, hasService)) continue;
        const points = kept.points.filter((p) => p.t >= since);
        if (points.length) out[key] = { ref: kept.ref, points };
      }
      return out;
    };
    return {
      revisions: take(this.revisions, true),
      services: take(this.services, true),
      flows: scope.service ? {} : take(this.flows, false),
    };
  }
}
