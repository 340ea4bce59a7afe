import type { Stat } from '../autoscaler/stat';

/**
 * Time-weighted concurrency over a reporting period, as queue-proxy computes
 * it (knative/networking pkg/http/stats): two requests of 500 ms in a 1 s
 * period are a concurrency of 1. Proxied requests (through the activator)
 * are tracked apart so the autoscaler can avoid counting them twice.
 */
export class ConcurrencyStats {
  private concurrency = 0;
  private proxiedConcurrency = 0;
  private area = 0;
  private proxiedArea = 0;
  private requests = 0;
  private proxiedRequests = 0;
  private last: number;
  private periodStart: number;

  constructor(now: number) {
    this.last = now;
    this.periodStart = now;
  }

  get inFlight() {
    return this.concurrency;
  }

  start(proxied: boolean, now: number) {
    this.advance(now);
    this.concurrency++;
    this.requests++;
    if (proxied) {
      this.proxiedConcurrency++;
      this.proxiedRequests++;
    }
  }

  end(proxied: boolean, now: number) {
    this.advance(now);
    this.concurrency--;
    if (proxied) this.proxiedConcurrency--;
  }

  /** Whether anything happened in the current period (worth a report). */
  get active() {
    return this.requests > 0 || this.concurrency > 0;
  }

  /** The period's figures; the next period starts now. */
  report(podName: string, now: number): Stat {
    this.advance(now);
    const span = Math.max(1, now - this.periodStart);
    const stat: Stat = {
      podName,
      averageConcurrency: round(this.area / span),
      requestCount: this.requests,
      averageProxiedConcurrency: round(this.proxiedArea / span),
      proxiedRequestCount: this.proxiedRequests,
    };
    this.area = 0;
    this.proxiedArea = 0;
    this.requests = 0;
    this.proxiedRequests = 0;
    this.periodStart = now;
    return stat;
  }

  private advance(now: number) {
    const dt = now - this.last;
    if (dt > 0) {
      this.area += this.concurrency * dt;
      this.proxiedArea += this.proxiedConcurrency * dt;
      this.last = now;
    }
  }
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;
