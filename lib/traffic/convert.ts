import type { TrafficRow, TrafficTarget } from './types';

/** What Knative defaults an empty `spec.traffic` of a Service to (`route_defaults.go`). */
export const DEFAULT_TRAFFIC: readonly TrafficTarget[] = [{ latestRevision: true, percent: 100 }];

/** `latestRevision` defaults to `revisionName == ""`. */
export function isLatestTarget(t: TrafficTarget): boolean {
  return t.latestRevision ?? !t.revisionName;
}

/** Editor rows for a Service's `spec.traffic` (empty → the Knative default). */
export function rowsFromTraffic(traffic: readonly TrafficTarget[] | undefined): TrafficRow[] {
  const targets = traffic && traffic.length > 0 ? traffic : DEFAULT_TRAFFIC;
  return targets.map((t, i) => ({
    id: `row-${i}`,
    revisionName: isLatestTarget(t) ? null : (t.revisionName ?? ''),
    percent: t.percent ?? 0,
    tag: t.tag ?? '',
    locked: false,
  }));
}

/**
 * The `spec.traffic` the rows stand for, in Knative's field order. A row at 0 % is
 * kept only when it carries a tag: that is how a revision stays reachable at its
 * tag URL without taking traffic; an untagged 0 % entry would do nothing.
 */
export function trafficFromRows(rows: readonly TrafficRow[]): TrafficTarget[] {
  return rows
    .filter((r) => r.percent > 0 || r.tag.trim() !== '')
    .map((r) => {
      const tag = r.tag.trim();
      const target: TrafficTarget = tag ? { tag } : {};
      if (r.revisionName === null) target.latestRevision = true;
      else {
        target.revisionName = r.revisionName;
        target.latestRevision = false;
      }
      target.percent = r.percent;
      return target;
    });
}

/** A fresh row id that none of `rows` uses. */
export function nextRowId(rows: readonly TrafficRow[]): string {
  const used = new Set(rows.map((r) => r.id));
  let n = rows.length;
  while (used.has(`row-${n}`)) n += 1;
  return `row-${n}`;
}

/**
 * Revisions no row points at yet, best first: newest first as given, except that
 * while a row floats with latest, the revision it resolves to (`latestReady`) comes
 * last: pinning it too would split traffic to one revision in two. "Add revision"
 * offers these and is disabled when none is left.
 */
export function unusedRevisions(rows: readonly TrafficRow[], revisionNames: readonly string[], latestReady?: string): string[] {
  const used = new Set(rows.map((r) => r.revisionName));
  const free = revisionNames.filter((n) => !used.has(n));
  if (!used.has(null) || latestReady === undefined) return free;
  return [...free.filter((n) => n !== latestReady), ...free.filter((n) => n === latestReady)];
}

/** What a row's target select may switch to besides its own: the unused revisions, and "latest ready" if no row floats with it. */
export function unusedTargets(rows: readonly TrafficRow[], revisionNames: readonly string[], latestReady?: string): (string | null)[] {
  const floating = rows.some((r) => r.revisionName === null);
  return [...unusedRevisions(rows, revisionNames, latestReady), ...(floating ? [] : [null])];
}
