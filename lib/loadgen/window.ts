/**
 * The share of a request [t0, t1] that falls inside the window [from, to]:
 * 1 inside, 0 outside, the overlapping fraction when it straddles an edge.
 *
 * Summed over requests and divided by the window, this is the closed-loop
 * throughput within the window. Dividing all completions by the time to the
 * last one instead charges the run for the drain of the requests still in
 * flight at the end: with 500 clients on 1 s requests, up to a second with
 * no new work, about 1.6 % of a 60 s run.
 */
export function windowShare(t0: number, t1: number, from: number, to: number): number {
  if (t1 <= t0) return t0 >= from && t0 <= to ? 1 : 0;
  const overlap = Math.min(t1, to) - Math.max(t0, from);
  return overlap <= 0 ? 0 : overlap / (t1 - t0);
}
