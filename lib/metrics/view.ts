import type { CodeClass, MetricsFrame, RevisionPoint, Series, SeriesSet } from './types';

/** Appends a frame's points to a series set (new objects, so a paused view keeps its old one), dropping points older than `since`. */
export function appendFrame(set: SeriesSet, frame: MetricsFrame, since: number): SeriesSet {
  const add = <R, P extends { t: number }>(old: Record<string, Series<R, P>>, entries: { key: string; ref: R; point: P }[]) => {
    const next: Record<string, Series<R, P>> = {};
    for (const [key, s] of Object.entries(old)) {
      const first = s.points.findIndex((p) => p.t >= since);
      if (first >= 0) next[key] = first === 0 ? s : { ref: s.ref, points: s.points.slice(first) };
    }
    for (const e of entries) {
      const s = next[e.key];
      next[e.key] = { ref: e.ref, points: s ? [...s.points, e.point] : [e.point] };
    }
    return next;
  };
  return {
    revisions: add(set.revisions, frame.revisions),
    services: add(set.services, frame.services),
    flows: add(set.flows, frame.flows),
  };
}

export const emptySeries = (): SeriesSet => ({ revisions: {}, services: {}, flows: {} });

/** The newest sample time across a set (what the charts' right edge follows). */
export function lastSampleTime(set: SeriesSet): number | undefined {
  let last: number | undefined;
  for (const group of [set.revisions, set.services, set.flows] as Record<string, Series<unknown, { t: number }>>[]) {
    for (const s of Object.values(group)) {
      const t = s.points.at(-1)?.t;
      if (t !== undefined && (last === undefined || t > last)) last = t;
    }
  }
  return last;
}

export type Row = { t: number } & Record<string, number | undefined>;

/**
 * Chart rows keyed by sample time from several series: one column per
 * series, so lines of different revisions share the x axis. Series sampled
 * in the same scrape share timestamps exactly.
 */
export function rowsByTime<P extends { t: number }>(columns: { name: string; points: P[]; value: (p: P) => number | undefined }[]): Row[] {
  const rows = new Map<number, Row>();
  for (const c of columns) {
    for (const p of c.points) {
      const v = c.value(p);
      if (v === undefined) continue;
      let row = rows.get(p.t);
      if (!row) rows.set(p.t, (row = { t: p.t }));
      row[c.name] = v;
    }
  }
  return [...rows.values()].sort((a, b) => a.t - b.t);
}

/** The time spans during which the autoscaler was in panic mode, for shading. */
export function panicSpans(points: RevisionPoint[]): { from: number; to: number }[] {
  const spans: { from: number; to: number }[] = [];
  let open: number | undefined;
  let prev: number | undefined;
  for (const p of points) {
    if (p.panicMode === undefined) continue;
    if (p.panicMode && open === undefined) open = p.t;
    if (!p.panicMode && open !== undefined) {
      spans.push({ from: open, to: p.t });
      open = undefined;
    }
    prev = p.t;
  }
  if (open !== undefined && prev !== undefined) spans.push({ from: open, to: prev });
  return spans;
}

/** Total requests per second of a point, over every response class. */
export const totalRps = (p: { rps?: Partial<Record<CodeClass, number>> }) =>
  p.rps ? Object.values(p.rps).reduce((s, v) => s + (v ?? 0), 0) : undefined;

/** Non-2xx requests per second. */
export const errorRps = (p: { rps?: Partial<Record<CodeClass, number>> }) =>
  p.rps ? (p.rps['3xx'] ?? 0) + (p.rps['4xx'] ?? 0) + (p.rps['5xx'] ?? 0) : undefined;

/** Concurrency per ready pod: what the target is compared with (the autoscaler reports the revision's total). */
export const perPod = (total: number | undefined, actual: number | undefined) =>
  total === undefined ? undefined : Math.round((total / Math.max(1, actual ?? 0)) * 100) / 100;

const TICK_STEPS_S = [5, 10, 15, 30, 60, 120, 300, 600, 900, 1800];

/** Round-time ticks (every 30 s, 1 min, 5 min, …) across a time domain, at most `max` of them. */
export function timeTicks([from, to]: [number, number], max = 6): number[] {
  const spanS = (to - from) / 1000;
  const step = (TICK_STEPS_S.find((s) => spanS / s <= max) ?? TICK_STEPS_S.at(-1)!) * 1000;
  const ticks: number[] = [];
  for (let t = Math.ceil(from / step) * step; t <= to; t += step) ticks.push(t);
  return ticks;
}
