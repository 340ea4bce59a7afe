/**
 * A latency histogram with ~1% relative precision (HDR-style log buckets)
 * from 1 µs to ~20 minutes, in a fixed array: recording is O(1), memory is
 * constant however many requests a run makes.
 */
const GROWTH = 1.01;
const LOG_GROWTH = Math.log(GROWTH);
const BUCKETS = 2100;

export interface LatencySummary {
  count: number;
  min: number;
  mean: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

export class LatencyHistogram {
  private readonly counts = new Float64Array(BUCKETS);
  private n = 0;
  private sum = 0;
  private lo = Infinity;
  private hi = 0;

  /** Records one latency in milliseconds. */
  record(ms: number) {
    const us = Math.max(1, ms * 1000);
    const idx = Math.min(BUCKETS - 1, Math.floor(Math.log(us) / LOG_GROWTH));
    this.counts[idx]++;
    this.n++;
    this.sum += ms;
    if (ms < this.lo) this.lo = ms;
    if (ms > this.hi) this.hi = ms;
  }

  get count() {
    return this.n;
  }

  /** The latency (ms) below which `p` percent of the recorded ones fall. */
  percentile(p: number): number {
    if (this.n === 0) return 0;
    const rank = Math.max(1, Math.ceil((p / 100) * this.n));
    let seen = 0;
    for (let i = 0; i < BUCKETS; i++) {
      seen += this.counts[i];
      if (seen >= rank) {
        // The bucket's geometric middle, clamped to what was actually seen.
        const mid = (GROWTH ** i * Math.sqrt(GROWTH)) / 1000;
        return Math.min(this.hi, Math.max(this.lo, mid));
      }
    }
    return this.hi;
  }

  summary(): LatencySummary {
    return {
      count: this.n,
      min: this.n ? this.lo : 0,
      mean: this.n ? this.sum / this.n : 0,
      p50: this.percentile(50),
      p90: this.percentile(90),
      p99: this.percentile(99),
      max: this.hi,
    };
  }

  merge(other: LatencyHistogram) {
    for (let i = 0; i < BUCKETS; i++) this.counts[i] += other.counts[i];
    this.n += other.n;
    this.sum += other.sum;
    this.lo = Math.min(this.lo, other.lo);
    this.hi = Math.max(this.hi, other.hi);
  }
}
