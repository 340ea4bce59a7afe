/** Something that can run out of time: `expire` is called once, at or after `deadline` (ms, performance.now()). */
export interface Expiring {
  deadline: number;
  expire(): void;
}

/** Coarse enough to cost nothing, fine enough for second-granular revision timeouts. */
export const SWEEP_MS = 100;

/**
 * The revision timeouts of every request in flight, checked by one sweep
 * instead of a timer per request: a request adds itself on arrival and
 * leaves when its response closes, so the set holds only what is in flight.
 */
export class Deadlines {
  private readonly pending = new Set<Expiring>();
  private timer?: NodeJS.Timeout;

  add(x: Expiring) {
    this.pending.add(x);
  }

  delete(x: Expiring) {
    this.pending.delete(x);
  }

  get size() {
    return this.pending.size;
  }

  /** Expires (and forgets) everything due by `now`. */
  sweep(now: number) {
    for (const x of this.pending) {
      if (x.deadline > now) continue;
      this.pending.delete(x);
      x.expire();
    }
  }

  start(periodMs = SWEEP_MS) {
    this.timer ??= setInterval(() => this.sweep(performance.now()), periodMs);
    this.timer.unref();
  }

  stop() {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
