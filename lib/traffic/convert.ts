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
 * Targets the "Add revision" button can still offer, best first: the revisions no row
 * points at (newest first, as given), then "latest ready" if no row floats with it.
 * While a row floats with latest, the revision it resolves to (`latestReady`) comes
 * after the others: pinning it too would split traffic to one revision in two.
 */
export function unusedTargets(
  rows: readonly TrafficRow[],
  revisionNames: readonly string[],
  latestReady?: string,
): (string | null)[] {
  const used = new Set(rows.map((r) => r.revisionName));
  const free = revisionNames.filter((n) => !used.has(n));
  const shadowed = used.has(null) && latestReady !== undefined;
  const ordered: (string | null)[] = shadowed
    ? [...free.filter((n) => n !== latestReady), ...free.filter((n) => n === latestReady)]
    : free;
  return used.has(null) ? ordered : [...ordered, null];
}
