import { newAverager, type WindowAverager } from './bucketing';
import type { AggregationAlgorithm, MetricName } from './config';
import type { Stat } from './stat';

/** The name the activator reports under (stat.ts). */
export const ACTIVATOR_POD = 'activator';

/** A pod report older than this is not carried into a scrape (reports come every second). */
const CARRY_MS = 1500;
/** Forget a pod that has not reported for this long. */
const FORGET_MS = 10_000;

interface PodLoad {
  /** Reports since the last scrape: concurrency is averaged, counts are summed. */
  n: number;
  concurrency: number;
  proxiedConcurrency: number;
  requests: number;
  proxiedRequests: number;
  /** The concurrency level used at the last scrape, carried over one scrape if a report slips past it. */
  last?: { concurrency: number; proxiedConcurrency: number; at: number };
  lastReportAt: number;
}

export interface WindowSpec {
  stableWindowMs: number;
  panicWindowMs: number;
  algorithm: AggregationAlgorithm;
}

/**
 * One revision's load history (Knative's collection in
 * pkg/autoscaler/metrics/collector.go): stable and panic buckets for
 * concurrency and requests per second.
 *
 * Pods' reports are gathered and summed once per second by `scrape`, the
 * way Knative's scraper reads every queue-proxy each second, so every second
 * holds the whole revision's load exactly once; while pods are ready, a scrape
 * records even when nothing arrived (idle pods report zero). The activator's
 * reports join that scrape, or go straight into the buckets while no pod is
 * ready (`recordNow`). The recorded value is the load minus its
 * activator-proxied part, which the activator reports itself.
 */
export class MetricCollection {
  private concurrencyStable: WindowAverager;
  private concurrencyPanic: WindowAverager;
  private rpsStable: WindowAverager;
  private rpsPanic: WindowAverager;
  private readonly pods = new Map<string, PodLoad>();
  private spec: WindowSpec;
  lastRecordAt = Number.NEGATIVE_INFINITY;

  constructor(spec: WindowSpec) {
    this.spec = spec;
    this.concurrencyStable = newAverager(spec.algorithm, spec.stableWindowMs);
    this.concurrencyPanic = newAverager(spec.algorithm, spec.panicWindowMs);
    this.rpsStable = newAverager(spec.algorithm, spec.stableWindowMs);
    this.rpsPanic = newAverager(spec.algorithm, spec.panicWindowMs);
  }

  /** Applies new windows; a new algorithm starts afresh. */
  updateSpec(spec: WindowSpec) {
    if (spec.algorithm !== this.spec.algorithm) {
      this.concurrencyStable = newAverager(spec.algorithm, spec.stableWindowMs);
      this.concurrencyPanic = newAverager(spec.algorithm, spec.panicWindowMs);
      this.rpsStable = newAverager(spec.algorithm, spec.stableWindowMs);
      this.rpsPanic = newAverager(spec.algorithm, spec.panicWindowMs);
    } else {
      this.concurrencyStable.resizeWindow(spec.stableWindowMs);
      this.rpsStable.resizeWindow(spec.stableWindowMs);
      this.concurrencyPanic.resizeWindow(spec.panicWindowMs);
      this.rpsPanic.resizeWindow(spec.panicWindowMs);
    }
    this.spec = spec;
  }

  /**
   * Takes one report; it waits for the next scrape. The activator's reports
   * join the pods' of the same second there: recorded apart, one of them would
   * be a period behind the other, and load moving between activator and pods
   * (a Proxy/Serve switch) would be counted twice.
   */
  add(stat: Stat, now: number) {
    let p = this.pods.get(stat.podName);
    if (!p) {
      p = { n: 0, concurrency: 0, proxiedConcurrency: 0, requests: 0, proxiedRequests: 0, lastReportAt: now };
      this.pods.set(stat.podName, p);
    }
    p.n += 1;
    p.concurrency += stat.averageConcurrency;
    p.proxiedConcurrency += stat.averageProxiedConcurrency ?? 0;
    p.requests += stat.requestCount;
    p.proxiedRequests += stat.proxiedRequestCount ?? 0;
    p.lastReportAt = now;
  }

  /** The activator's report while no pod is ready: nothing to pair it with, and a poke decides on it now. */
  recordNow(stat: Stat, now: number) {
    this.record(now, stat.averageConcurrency - (stat.averageProxiedConcurrency ?? 0), stat.requestCount - (stat.proxiedRequestCount ?? 0));
  }

  /**
   * Sums the pods' load for this second into the buckets. Records nothing
   * when no pod is ready and none reported, as a scrape of zero pods yields
   * no stat; returns whether it recorded.
   */
  scrape(now: number, readyPods: number): boolean {
    let concurrency = 0;
    let requests = 0;
    let reported = false;
    for (const [name, p] of this.pods) {
      if (p.n > 0) {
        const c = p.concurrency / p.n;
        const pc = p.proxiedConcurrency / p.n;
        concurrency += c - pc;
        requests += p.requests - p.proxiedRequests;
        p.last = { concurrency: c, proxiedConcurrency: pc, at: now };
        p.n = p.concurrency = p.proxiedConcurrency = p.requests = p.proxiedRequests = 0;
        reported = true;
      } else if (p.last && now - p.last.at <= CARRY_MS) {
        // The report for this second slipped past the scrape; the level still held.
        concurrency += p.last.concurrency - p.last.proxiedConcurrency;
        reported = true;
      } else if (now - p.lastReportAt > FORGET_MS) {
        this.pods.delete(name);
      }
    }
    if (!reported && readyPods <= 0) return false;
    this.record(now, concurrency, requests);
    return true;
  }

  /** Stable and panic averages of the metric, or undefined when a whole stable window had no data. */
  stableAndPanic(metric: MetricName, now: number): { stable: number; panic: number } | undefined {
    const [stable, panic] = metric === 'rps' ? [this.rpsStable, this.rpsPanic] : [this.concurrencyStable, this.concurrencyPanic];
    if (stable.isEmpty(now)) return undefined;
    return { stable: stable.windowAverage(now), panic: panic.windowAverage(now) };
  }

  private record(now: number, concurrency: number, requests: number) {
    this.concurrencyStable.record(now, concurrency);
    this.concurrencyPanic.record(now, concurrency);
    this.rpsStable.record(now, requests);
    this.rpsPanic.record(now, requests);
    this.lastRecordAt = now;
  }
}
