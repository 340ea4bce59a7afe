/** What load balancing needs to know of a pod. */
export interface Slot {
  inFlight: number;
}

/**
 * A weighted choice over the route's targets: `r` in [0, 1) picks the target
 * whose cumulative percent range contains r·total. 0% targets are never picked.
 */
export function pickByWeight<T extends { percent: number }>(targets: T[], r: number): T | undefined {
  const total = targets.reduce((s, t) => s + Math.max(0, t.percent), 0);
  if (total <= 0) return undefined;
  let x = r * total;
  for (const t of targets) {
    if (t.percent <= 0) continue;
    if (x < t.percent) return t;
    x -= t.percent;
  }
  return targets.findLast((t) => t.percent > 0);
}

/**
 * The activator's policy (pkg/activator/net/lb_policy.go, throttler.go):
 * CC=0 → random choice of two (the less busy); CC≤3 → first pod with a free
 * slot; otherwise round-robin over pods with a free slot. Returns the index,
 * or -1 when every pod is at its limit. `rand` in [0, 1).
 */
export function choosePod(pods: Slot[], cc: number, rand: () => number, rr: { next: number }): number {
  const n = pods.length;
  if (n === 0) return -1;
  if (cc === 0) {
    if (n === 1) return 0;
    const a = Math.floor(rand() * n);
    let b = Math.floor(rand() * (n - 1));
    if (b >= a) b++;
    return pods[b].inFlight < pods[a].inFlight ? b : a;
  }
  if (cc <= 3) return pods.findIndex((p) => p.inFlight < cc);
  for (let i = 0; i < n; i++) {
    const idx = (rr.next + i) % n;
    if (pods[idx].inFlight < cc) {
      rr.next = (idx + 1) % n;
      return idx;
    }
  }
  return -1;
}
