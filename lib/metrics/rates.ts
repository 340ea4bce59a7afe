/**
 * Increase of a counter between two readings. A drop means the counter was
 * reset (the process restarted), so the whole current value is the increase,
 * as Prometheus's rate() assumes.
 */
export function counterIncrease(before: number, after: number): number {
  return after >= before ? after - before : after;
}

/** Per-second rate of a counter read at `t0` and `t1` (ms). */
export function counterRate(before: number, after: number, t0: number, t1: number): number {
  const dt = (t1 - t0) / 1000;
  return dt > 0 ? counterIncrease(before, after) / dt : 0;
}

/** One cumulative histogram bucket: observations ≤ `le`. */
export interface Bucket {
  le: number;
  count: number;
}

/**
 * The q-quantile (0..1) of a cumulative histogram, the way PromQL's
 * histogram_quantile() computes it: find the bucket holding the rank and
 * interpolate linearly inside it (from 0 for the first bucket). A rank that
 * falls in the +Inf bucket answers the highest finite bound. Undefined when
 * the histogram is empty.
 */
export function histogramQuantile(q: number, buckets: Bucket[]): number | undefined {
  const sorted = [...buckets].sort((a, b) => a.le - b.le);
  const total = sorted.at(-1)?.count ?? 0;
  if (!sorted.length || total <= 0 || sorted.at(-1)!.le !== Infinity) return undefined;
  const rank = q * total;
  let prevLe = 0;
  let prevCount = 0;
  for (const b of sorted) {
    if (b.count >= rank) {
      if (b.le === Infinity) return prevLe;
      const inBucket = b.count - prevCount;
      if (inBucket <= 0) return b.le;
      return prevLe + ((b.le - prevLe) * (rank - prevCount)) / inBucket;
    }
    prevLe = b.le;
    prevCount = b.count;
  }
  return prevLe;
}

/** Bucket-by-bucket increase between two readings of the same cumulative histogram. */
export function bucketIncrease(before: Bucket[], after: Bucket[]): Bucket[] {
  const old = new Map(before.map((b) => [b.le, b.count]));
  const reset = after.some((b) => b.count < (old.get(b.le) ?? 0));
  return after.map((b) => ({ le: b.le, count: reset ? b.count : b.count - (old.get(b.le) ?? 0) }));
}
