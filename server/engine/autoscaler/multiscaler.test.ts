import { Registry } from 'prom-client';
import { afterEach, describe, expect, it } from 'vitest';
import { MetricCollection } from './collector';
import { defaultAutoscalerConfig, parseRevisionAutoscaling } from './config';
import { AutoscalerMetrics } from './metrics';
import { MultiScaler } from './multiscaler';
import { makeDeciderSpec } from './scale';

const T = 1_700_000_000_000;
const W = { stableWindowMs: 60_000, panicWindowMs: 6_000, algorithm: 'linear' as const };
const pod = (podName: string, c: number, r = 0, pc = 0, pr = 0) => ({
  podName,
  averageConcurrency: c,
  requestCount: r,
  averageProxiedConcurrency: pc,
  proxiedRequestCount: pr,
});

describe('MetricCollection', () => {
  it('sums pods per scrape, averaging several reports of one pod and subtracting proxied load', () => {
    const c = new MetricCollection(W);
    c.add(pod('a', 10, 5, 4, 2), T + 100);
    c.add(pod('a', 20, 5, 0, 0), T + 900); // a second report before the scrape: concurrency averages, counts add
    c.add(pod('b', 7, 3), T + 500);
    c.scrape(T + 1000, 2);
    // concurrency (10+20)/2 − 4/2 + 7 = 20; requests 5+5−2 + 3 = 11
    expect(c.stableAndPanic('concurrency', T + 1000)).toEqual({ stable: 20, panic: 20 });
    expect(c.stableAndPanic('rps', T + 1000)).toEqual({ stable: 11, panic: 11 });
  });

  it('scrapes the activator with the pods of the same second, so load moving between them counts once', () => {
    const c = new MetricCollection(W);
    // A Proxy → Serve switch within the second: 500 in flight throughout, 300 of them through the activator.
    c.add({ podName: 'activator', averageConcurrency: 300, requestCount: 300 }, T + 2);
    c.add(pod('a', 500, 500, 300, 300), T);
    expect(c.stableAndPanic('concurrency', T + 1)).toBeUndefined();
    c.scrape(T + 10, 1);
    expect(c.stableAndPanic('concurrency', T + 10)).toEqual({ stable: 500, panic: 500 });
    expect(c.stableAndPanic('rps', T + 10)).toEqual({ stable: 500, panic: 500 });
  });

  it('records the activator at once with recordNow (no pod ready yet), summed with the pods of that second', () => {
    const c = new MetricCollection(W);
    c.recordNow({ podName: 'activator', averageConcurrency: 1, requestCount: 1 }, T);
    expect(c.stableAndPanic('concurrency', T)).toEqual({ stable: 1, panic: 1 });
    c.add(pod('a', 4, 2, 1, 1), T + 10);
    c.scrape(T + 500, 1);
    expect(c.stableAndPanic('concurrency', T + 500)).toEqual({ stable: 4, panic: 4 });
    expect(c.stableAndPanic('rps', T + 500)).toEqual({ stable: 2, panic: 2 });
  });

  it('carries a pod level over one scrape when its report slips past, but never its request count', () => {
    const c = new MetricCollection(W);
    c.add(pod('a', 10, 10), T);
    c.scrape(T + 1000, 1);
    c.scrape(T + 2000, 1); // report late
    c.add(pod('a', 10, 10), T + 2100);
    c.scrape(T + 3000, 1);
    c.scrape(T + 4000, 1); // carried once more
    c.scrape(T + 5000, 1); // silent for two scrapes: no longer carried
    // seconds: 10, 10 (carried), 10, 10 (carried), 0
    expect(c.stableAndPanic('concurrency', T + 5000)!.stable).toBe(40 / 5);
    expect(c.stableAndPanic('rps', T + 5000)!.stable).toBe(20 / 5);
  });

  it('has no data without ready pods or reports, and zeros with idle ready pods', () => {
    const c = new MetricCollection(W);
    expect(c.scrape(T, 0)).toBe(false);
    expect(c.stableAndPanic('concurrency', T)).toBeUndefined();
    expect(c.scrape(T + 1000, 2)).toBe(true);
    expect(c.stableAndPanic('concurrency', T + 1000)).toEqual({ stable: 0, panic: 0 });
    expect(c.stableAndPanic('concurrency', T + 62_000)).toBeUndefined();
  });
});

describe('MultiScaler', () => {
  const cfg = defaultAutoscalerConfig();
  const rev = { namespace: 'default', name: 'hello-00001' };
  const labels = { namespace_name: 'default', configuration_name: 'hello', revision_name: 'hello-00001', service_name: 'hello' };
  let registry: Registry;
  let ms: MultiScaler;
  afterEach(() => ms?.stop());

  function setup(ready: { n: number }, annotations: Record<string, string> = {}) {
    registry = new Registry();
    const decisions: number[] = [];
    let now = T;
    ms = new MultiScaler({
      readyPods: () => ready.n,
      onDecision: (r) => decisions.push(ms.decision(r)!.desiredScale),
      metrics: new AutoscalerMetrics(registry),
      timers: false,
      clock: () => now,
    });
    const spec = makeDeciderSpec(parseRevisionAutoscaling(annotations, cfg), 0, true, cfg);
    const initial = ms.upsert(rev, spec, labels);
    return { decisions, initial, advance: (ms_: number) => (now += ms_), now: () => now };
  }

  it('starts unknown with the initial burst capacity, and decides from scraped load', async () => {
    const ready = { n: 1 };
    const { decisions, initial, advance, now } = setup(ready);
    expect(initial).toEqual({ desiredScale: -1, excessBurstCapacity: 100 - 211 });
    // No data yet: the tick is invalid and nothing changes.
    ms.tick(rev);
    expect(decisions).toEqual([]);
    for (let i = 0; i < 4; i++) {
      ms.record(rev, pod('p1', 350, 350), new Date(now()));
      advance(1000);
      ms.scrapeAll();
    }
    ms.tick(rev);
    expect(ms.decision(rev)).toMatchObject({ desiredScale: 5 });
    expect(decisions).toEqual([5]);
    const text = await registry.metrics();
    expect(text).toContain(
      'autoscaler_desired_pods{namespace_name="default",configuration_name="hello",revision_name="hello-00001",service_name="hello"} 5',
    );
    expect(text).toMatch(/autoscaler_stable_request_concurrency\{[^}]*\} 350/);
    expect(text).toMatch(/autoscaler_target_concurrency_per_pod\{[^}]*\} 70/);
    expect(text).toMatch(/autoscaler_panic_mode\{[^}]*\} 1/);
  });

  it('reports rps series for metric rps', async () => {
    const ready = { n: 1 };
    const { advance, now } = setup(ready, { 'autoscaling.knative.dev/metric': 'rps' });
    ms.record(rev, pod('p1', 1, 280), new Date(now()));
    advance(1000);
    ms.scrapeAll();
    ms.tick(rev);
    expect(ms.decision(rev)!.desiredScale).toBe(2);
    const text = await registry.metrics();
    expect(text).toMatch(/autoscaler_stable_requests_per_second\{[^}]*\} 280/);
    expect(text).toMatch(/autoscaler_target_requests_per_second\{[^}]*\} 140/);
  });

  it('decides at once on a poke and on load arriving at zero', async () => {
    const ready = { n: 1 };
    const { decisions, advance, now } = setup(ready);
    // Idle pod until the decision is 0.
    advance(1000);
    ms.scrapeAll();
    ms.tick(rev);
    expect(ms.decision(rev)!.desiredScale).toBe(0);
    ready.n = 0;
    advance(70_000);
    // The activator's first request at zero: the next tick is 2s away, but the decision comes now.
    ms.record(rev, { podName: 'activator', averageConcurrency: 1, requestCount: 1 }, new Date(now()));
    await new Promise((r) => setImmediate(r));
    expect(decisions).toEqual([0, 1]);
    ms.poke(rev);
    await new Promise((r) => setImmediate(r));
    expect(ms.decision(rev)!.desiredScale).toBe(1);
  });

  it('forgets a removed revision', () => {
    setup({ n: 1 });
    ms.remove(rev);
    expect(ms.decision(rev)).toBeUndefined();
    ms.record(rev, pod('p', 1), new Date(T));
    ms.tick(rev);
    expect(ms.decision(rev)).toBeUndefined();
  });

  it('keeps load reported before its PodAutoscaler exists', () => {
    registry = new Registry();
    ms = new MultiScaler({ readyPods: () => 0, onDecision: () => {}, timers: false, clock: () => T });
    ms.record(rev, { podName: 'activator', averageConcurrency: 1, requestCount: 1 }, new Date(T));
    ms.upsert(rev, makeDeciderSpec(parseRevisionAutoscaling({}, cfg), 0, true, cfg), labels);
    ms.tick(rev, T);
    expect(ms.decision(rev)!.desiredScale).toBe(1);
  });
});
