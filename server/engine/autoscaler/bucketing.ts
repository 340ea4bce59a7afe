/**
 * One-second buckets over a sliding window, after Knative's
 * pkg/autoscaler/aggregation/bucketing.go (TimedFloat64Buckets and
 * WeightedFloat64Buckets). Values recorded in the same second are summed;
 * times are epoch milliseconds. Pure data structure: no timers, no clock.
 */

const GRANULARITY_MS = 1000;
const PRECISION = 6;
/** Weighted average: the sum of weights reaches at least this... */
const WEIGHT_PRECISION = 0.9999;
/** ...with a decay multiplier no smaller than this. */
const MIN_EXPONENT = 0.2;

const bucketOf = (ms: number) => Math.floor(ms / GRANULARITY_MS);
const roundToNDigits = (n: number, f: number) => Math.floor(f * 10 ** n) / 10 ** n;

export interface WindowAverager {
  record(now: number, value: number): void;
  windowAverage(now: number): number;
  /** No write for longer than the window (Knative's IsEmpty, which makes a tick invalid). */
  isEmpty(now: number): boolean;
  resizeWindow(windowMs: number): void;
}

export class TimedBuckets implements WindowAverager {
  /** Bucket index (epoch second) → summed value; only the last `size` indices are kept. */
  protected buckets = new Map<number, number>();
  protected size: number;
  protected firstWrite: number | undefined;
  protected lastWrite = Number.NEGATIVE_INFINITY;
  protected windowTotal = 0;

  constructor(protected windowMs: number) {
    this.size = Math.ceil(windowMs / GRANULARITY_MS);
  }

  /**
   * Adds a value to its second. A write after a gap zeroes the skipped
   * seconds; a write after a whole window of silence restarts the window, so
   * the average is again over the partial window. Values older than a window
   * before the last write are dropped.
   */
  record(now: number, value: number): void {
    const b = bucketOf(now);
    if (b !== this.lastWrite) {
      if (b + this.size <= this.lastWrite) return;
      if (this.firstWrite === undefined || this.firstWrite > b) this.firstWrite = b;
      if (b > this.lastWrite) {
        if (b - this.lastWrite >= this.size) {
          this.firstWrite = b;
          this.buckets.clear();
          this.windowTotal = 0;
        } else {
          this.dropUpTo(b - this.size);
        }
        this.lastWrite = b;
      }
    }
    this.buckets.set(b, (this.buckets.get(b) ?? 0) + value);
    this.windowTotal += value;
  }

  /**
   * Sum of buckets over the number of valid buckets: a partial window while
   * data is younger than the window, trailing seconds without writes dropped
   * from the count when data stopped less than a window ago, gaps in between
   * counted as zeros, and 0 once a whole window has passed without a write.
   */
  windowAverage(now: number): number {
    const n = bucketOf(now);
    const d = n - this.lastWrite;
    if (this.firstWrite === undefined) return 0;
    const written = this.lastWrite - this.firstWrite + 1;
    if (d <= 0) {
      return roundToNDigits(PRECISION, this.windowTotal / Math.min(written, this.size));
    }
    if (d < this.size) {
      let total = 0;
      for (const [idx, v] of this.buckets) if (idx > n - this.size) total += v;
      return roundToNDigits(PRECISION, total / Math.min(written, this.size - d));
    }
    return 0;
  }

  isEmpty(now: number): boolean {
    return (bucketOf(now) - this.lastWrite) * GRANULARITY_MS > this.windowMs;
  }

  /** Changes the window, keeping the data that still falls inside it. */
  resizeWindow(windowMs: number): void {
    if (windowMs === this.windowMs) return;
    // At most the old window's worth of seconds can hold data.
    if (this.firstWrite !== undefined) this.firstWrite = Math.max(this.firstWrite, this.lastWrite - this.size + 1);
    this.windowMs = windowMs;
    this.size = Math.ceil(windowMs / GRANULARITY_MS);
    this.dropUpTo(this.lastWrite - this.size);
  }

  private dropUpTo(idx: number) {
    for (const [k, v] of this.buckets) {
      if (k <= idx) {
        this.windowTotal -= v;
        this.buckets.delete(k);
      }
    }
  }
}

/**
 * The `weighted-exponential` algorithm: recent seconds weigh more, each older
 * second by a factor (1 − α) less, α chosen so the weights over the window add
 * up to 99.99% (at least 0.2).
 */
export class WeightedBuckets extends TimedBuckets {
  private smoothing: number;

  constructor(windowMs: number) {
    super(windowMs);
    this.smoothing = smoothingCoeff(this.size);
  }

  override windowAverage(now: number): number {
    const n = bucketOf(now);
    if (this.isEmpty(now) || this.firstWrite === undefined) return 0;
    let numB = this.size;
    let multiplier = this.smoothing;
    if (n > this.lastWrite) {
      const zeros = n - this.lastWrite;
      multiplier *= (1 - this.smoothing) ** zeros;
      numB -= zeros;
    }
    let ret = 0;
    for (let i = 0; i < numB; i++) {
      ret += (this.buckets.get(this.lastWrite - i) ?? 0) * multiplier;
      multiplier *= 1 - this.smoothing;
    }
    return ret;
  }

  override resizeWindow(windowMs: number): void {
    super.resizeWindow(windowMs);
    this.smoothing = smoothingCoeff(this.size);
  }
}

function smoothingCoeff(buckets: number) {
  return Math.max(1 - (1 - WEIGHT_PRECISION) ** (1 / buckets), MIN_EXPONENT);
}

export function newAverager(algorithm: 'linear' | 'weighted-exponential', windowMs: number): WindowAverager {
  return algorithm === 'weighted-exponential' ? new WeightedBuckets(windowMs) : new TimedBuckets(windowMs);
}
