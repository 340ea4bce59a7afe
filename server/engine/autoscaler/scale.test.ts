import { describe, expect, it } from 'vitest';
import { MetricCollection } from './collector';
import { defaultAutoscalerConfig, parseRevisionAutoscaling } from './config';
import {
  initialExcessBurstCapacity,
  makeDeciderSpec,
  newScalerState,
  scale,
  type DeciderSpec,
  type ScalerState,
} from './scale';

// Knative's autoscaler_test.go fixtures: 75% utilisation, ×10 rates, 60s window.
const TU = 0.75;
function testSpec(target: number, tbc: number, over: Partial<DeciderSpec> = {}): DeciderSpec {
  return {
    metric: 'concurrency',
    targetValue: target,
    totalValue: target / TU,
    targetBurstCapacity: tbc,
    panicThreshold: 2,
    maxScaleUpRate: 10,
    maxScaleDownRate: 10,
    stableWindowMs: 60_000,
    panicWindowMs: 6_000,
    scaleDownDelayMs: 0,
    initialScale: 1,
    activationScale: 1,
    reachable: true,
    algorithm: 'linear',
    ...over,
  };
}
const expectedEBC = (target: number, tbc: number, panic: number, pods: number) =>
  Math.floor((target / TU) * pods - tbc - panic);
const NOW = 1_700_000_000_000;
const fresh = (spec: DeciderSpec, ready = 1): ScalerState => newScalerState(spec, ready, NOW);
const run = (st: ScalerState, spec: DeciderSpec, ready: number, stable: number, panic: number, now = NOW) =>
  scale(st, spec, { readyPods: ready, stable, panic }, now);

describe('scale() table (Knative TestAutoscalerScale)', () => {
  const cases: {
    label: string;
    spec: DeciderSpec;
    stable: number;
    panic: number;
    ready: number;
    prep?: (s: ScalerState) => void;
    want: number;
    ebc: number;
  }[] = [
    { label: 'no data at zero', spec: testSpec(10, 100), stable: 0, panic: 0, ready: 1, want: 0, ebc: expectedEBC(10, 100, 0, 1) },
    { label: 'unlimited TBC', spec: testSpec(181, -1), stable: 21, panic: 26, ready: 1, want: 1, ebc: -1 },
    { label: 'zero TBC', spec: testSpec(10, 0), stable: 50, panic: 49, ready: 1, want: 5, ebc: 0 },
    { label: 'stable, no change', spec: testSpec(10, 100), stable: 50, panic: 50, ready: 1, want: 5, ebc: expectedEBC(10, 100, 50, 1) },
    {
      label: 'panic, stable larger than panic',
      spec: testSpec(1, 100),
      stable: 50,
      panic: 30,
      ready: 5,
      prep: (s) => Object.assign(s, { panicTime: NOW - 5000, maxPanicPods: 5 }),
      want: 50,
      ebc: expectedEBC(1, 100, 30, 5),
    },
    {
      label: 'panic, stable less than panic',
      spec: testSpec(1, 100),
      stable: 20,
      panic: 30,
      ready: 5,
      prep: (s) => Object.assign(s, { panicTime: NOW - 5000, maxPanicPods: 5 }),
      want: 30,
      ebc: expectedEBC(1, 100, 30, 5),
    },
    { label: 'already scaled', spec: testSpec(10, 100), stable: 50, panic: 50, ready: 5, want: 5, ebc: expectedEBC(10, 100, 50, 5) },
    {
      label: 'small scale-up rate still adds a pod',
      spec: testSpec(1, 1982, { maxScaleUpRate: 1.1 }),
      stable: 3,
      panic: 3.1,
      ready: 2,
      want: 3,
      ebc: expectedEBC(1, 1982, 3.1, 2),
    },
    {
      label: 'small scale-down rate',
      spec: testSpec(10, 1982, { maxScaleDownRate: 1.1 }),
      stable: 1,
      panic: 1,
      ready: 100,
      want: 90,
      ebc: expectedEBC(10, 1982, 1, 100),
    },
    {
      label: 'unreachable revisions are not held by the scale-down rate',
      spec: testSpec(10, 1982, { maxScaleDownRate: 1.1, reachable: false }),
      stable: 1,
      panic: 1,
      ready: 100,
      want: 1,
      ebc: expectedEBC(10, 1982, 1, 100),
    },
    { label: 'panic doubles the pod count', spec: testSpec(10, 84), stable: 50, panic: 100, ready: 1, want: 10, ebc: expectedEBC(10, 84, 100, 1) },
    {
      label: 'zero ready pods count as one for the rates',
      spec: testSpec(10, 81),
      stable: 1000,
      panic: 888,
      ready: 0,
      want: 10,
      ebc: expectedEBC(10, 81, 888, 0),
    },
  ];
  for (const c of cases) {
    it(c.label, () => {
      const st = fresh(c.spec);
      c.prep?.(st);
      const r = run(st, c.spec, c.ready, c.stable, c.panic);
      expect(r.valid).toBe(true);
      expect(r.desiredPodCount).toBe(c.want);
      expect(Math.abs(r.excessBurstCapacity - c.ebc)).toBeLessThanOrEqual(1);
    });
  }

  it('no data is an invalid result that leaves the state alone', () => {
    const spec = testSpec(10, 100);
    const st = fresh(spec);
    expect(scale(st, spec, { readyPods: 1, noData: true }, NOW).valid).toBe(false);
    expect(st).toEqual(fresh(spec));
  });
});

describe('panic mode', () => {
  it('starts in panic holding the ready count only above one pod (TestStartInPanicMode)', () => {
    const spec = testSpec(100, 11);
    for (const r of [0, 1]) expect(newScalerState(spec, r, NOW)).toMatchObject({ panicTime: undefined, maxPanicPods: r });
    expect(newScalerState(spec, 2, NOW)).toMatchObject({ panicTime: NOW, maxPanicPods: 2 });
  });

  it('panics, holds the scale while traffic drops, scales down after the stable window', () => {
    const spec = testSpec(10, 93);
    const st = fresh(spec);
    expect(run(st, spec, 1, 100, 100).desiredPodCount).toBe(10);
    const t = NOW + 1000;
    expect(run(st, spec, 10, 100, 1000, t).desiredPodCount).toBe(100);
    expect(run(st, spec, 10, 1, 1, t + 30_000).desiredPodCount).toBe(100);
    const after = run(st, spec, 10, 1, 1, t + 61_000);
    expect(after.desiredPodCount).toBe(1);
    expect(after.panicking).toBe(false);
  });

  it('extends panic while still over the threshold, ends it after a slow increase', () => {
    const spec = testSpec(1, 98);
    const st = fresh(spec);
    expect(run(st, spec, 10, 11, 25).desiredPodCount).toBe(25);
    expect(st.panicTime).toBe(NOW);
    // Half a window later, 40 pods, panic value 41 (not 2× over): panic time stays.
    expect(run(st, spec, 40, 30, 41, NOW + 30_000).desiredPodCount).toBe(41);
    expect(st.panicTime).toBe(NOW);
    // Still surging at 80 on 40 pods extends it.
    const st2 = fresh(spec);
    run(st2, spec, 10, 11, 25);
    run(st2, spec, 40, 30, 80, NOW + 30_000);
    expect(st2.panicTime).toBe(NOW + 30_000);
    // The first one ends a window after it began.
    const end = run(st, spec, 55, 50, 56, NOW + 62_000);
    expect(end.desiredPodCount).toBe(50);
    expect(st.panicTime).toBeUndefined();
  });
});

describe('rates', () => {
  it('limits scale up to ×maxScaleUpRate of the ready pods', () => {
    const spec = testSpec(10, 61);
    const st = fresh(spec);
    expect(run(st, spec, 1, 1000, 1001).desiredPodCount).toBe(10);
    expect(run(st, spec, 10, 1000, 1001).desiredPodCount).toBe(100);
  });

  it('limits scale down to ÷maxScaleDownRate of the ready pods (max-scale-down-rate)', () => {
    const spec = testSpec(10, 61);
    expect(run(fresh(spec), spec, 100, 1, 1).desiredPodCount).toBe(10);
    expect(run(fresh(spec), spec, 10, 1, 1).desiredPodCount).toBe(1);
    // Knative's default rate of 2 halves at most per decision.
    const halving = testSpec(10, 61, { maxScaleDownRate: 2 });
    expect(run(fresh(halving), halving, 8, 0, 0).desiredPodCount).toBe(4);
  });
});

describe('activation-scale', () => {
  const spec = testSpec(10, 0, { activationScale: 3 });
  it('raises any non-zero scale to at least activation-scale', () => {
    expect(run(fresh(spec), spec, 1, 1, 1).desiredPodCount).toBe(3);
    expect(run(fresh(spec), spec, 1, 50, 50).desiredPodCount).toBe(5);
  });
  it('still allows zero', () => {
    expect(run(fresh(spec), spec, 1, 0, 0).desiredPodCount).toBe(0);
  });
});

describe('scale-down-delay (Knative TestAutoscalerScaleDownDelay)', () => {
  const spec = testSpec(10, 0, { maxScaleDownRate: 10, maxScaleUpRate: 10, panicThreshold: 100, scaleDownDelayMs: 300_000 });
  it('holds the max over the delay window', () => {
    const st = newScalerState(spec, 0, 0);
    const at = (s: number) => NOW + s * 1000;
    expect(run(st, spec, 0, 40, 40, at(2)).desiredPodCount).toBe(4);
    expect(run(st, spec, 0, 0, 0, at(300)).desiredPodCount).toBe(4);
    expect(run(st, spec, 0, 0, 0, at(302)).desiredPodCount).toBe(0);
    // gradual
    expect(run(st, spec, 0, 40, 40, at(540)).desiredPodCount).toBe(4);
    expect(run(st, spec, 0, 30, 30, at(600)).desiredPodCount).toBe(4);
    expect(run(st, spec, 0, 0, 0, at(660)).desiredPodCount).toBe(4);
    expect(run(st, spec, 0, 0, 0, at(840)).desiredPodCount).toBe(3);
    expect(run(st, spec, 0, 0, 0, at(900)).desiredPodCount).toBe(0);
  });
  it('with no delay scales down at once', () => {
    const noDelay = { ...spec, scaleDownDelayMs: 0 };
    const st = newScalerState(noDelay, 0, NOW);
    expect(run(st, noDelay, 0, 40, 40).desiredPodCount).toBe(4);
    expect(run(st, noDelay, 0, 20, 20, NOW + 500).desiredPodCount).toBe(2);
  });
});

describe('excess burst capacity', () => {
  it('starts at initialScale × total − TBC, or the TBC itself for 0 and −1', () => {
    const cfg = defaultAutoscalerConfig();
    const spec = makeDeciderSpec(parseRevisionAutoscaling({}, cfg), 0, true, cfg);
    expect(initialExcessBurstCapacity(spec)).toBe(100 - 211);
    expect(initialExcessBurstCapacity({ ...spec, targetBurstCapacity: -1 })).toBe(-1);
    expect(initialExcessBurstCapacity({ ...spec, targetBurstCapacity: 0 })).toBe(0);
  });
  it('with the defaults keeps the activator in the path below 3 idle pods', () => {
    const cfg = defaultAutoscalerConfig();
    const spec = makeDeciderSpec(parseRevisionAutoscaling({}, cfg), 0, true, cfg);
    expect(run(fresh(spec), spec, 2, 0, 0).excessBurstCapacity).toBeLessThan(0);
    expect(run(fresh(spec), spec, 3, 0, 0).excessBurstCapacity).toBeGreaterThanOrEqual(0);
  });
});

/**
 * The worked examples of knative-semantics.md, driven through real 1-second
 * buckets with default settings (CC=0 → target 70/pod, 60s/6s windows), pods
 * becoming ready 4 seconds after they are asked for.
 */
describe('worked examples through the buckets', () => {
  const cfg = defaultAutoscalerConfig();

  function simulate(annotations: Record<string, string>, load: (sec: number) => number, seconds: number, startPods: number) {
    const settings = parseRevisionAutoscaling(annotations, cfg);
    const spec = makeDeciderSpec(settings, 0, true, cfg);
    const coll = new MetricCollection(spec);
    const st = newScalerState(spec, 1, NOW);
    let ready = startPods;
    const asked: { at: number; n: number }[] = [];
    const ticks: { sec: number; desired: number; panicking: boolean; panicTime?: number; ready: number }[] = [];
    let desired = startPods;
    for (let sec = 0; sec <= seconds; sec++) {
      const now = NOW + sec * 1000;
      coll.add({ podName: 'p', averageConcurrency: load(sec), requestCount: load(sec) }, now);
      coll.scrape(now, ready);
      const due = asked.filter((a) => a.at <= sec);
      if (due.length) ready = due[due.length - 1].n;
      if (sec % 2 === 0) {
        const obs = coll.stableAndPanic(spec.metric, now)!;
        const r = scale(st, spec, { readyPods: ready, ...obs }, now);
        if (r.desiredPodCount !== desired) asked.push({ at: sec + 4, n: r.desiredPodCount });
        desired = r.desiredPodCount;
        ticks.push({ sec, desired, panicking: r.panicking, panicTime: st.panicTime, ready });
      }
    }
    return ticks;
  }

  it('steady concurrency 350 → 5 pods', () => {
    const ticks = simulate({}, () => 350, 120, 5);
    expect(ticks.slice(-10).every((t) => t.desired === 5 && !t.panicking)).toBe(true);
  });

  it('steady 700 requests/s with metric rps → 5 pods (target 140/pod)', () => {
    const ticks = simulate({ 'autoscaling.knative.dev/metric': 'rps' }, () => 700, 120, 5);
    expect(ticks.slice(-10).every((t) => t.desired === 5)).toBe(true);
  });

  it('burst to 1000 on 5 pods → panic → 15, held until 60s after the last over-threshold tick', () => {
    const burstFrom = 70;
    const burstTo = 100;
    const ticks = simulate({}, (s) => (s >= burstFrom && s < burstTo ? 1000 : 350), 260, 5);
    const before = ticks.filter((t) => t.sec < burstFrom);
    expect(before.slice(-5).every((t) => t.desired === 5 && !t.panicking)).toBe(true);
    const first = ticks.find((t) => t.panicking)!;
    expect(first.sec).toBeGreaterThanOrEqual(burstFrom);
    expect(first.sec).toBeLessThanOrEqual(burstFrom + 4);
    expect(Math.max(...ticks.map((t) => t.desired))).toBe(15);
    // The last tick that was over the threshold is the last panicTime.
    const lastOver = Math.max(...ticks.filter((t) => t.panicTime !== undefined).map((t) => (t.panicTime! - NOW) / 1000));
    for (const t of ticks.filter((t) => t.sec >= first.sec + 4 && t.sec <= lastOver + 60)) {
      expect(t.desired, `tick at ${t.sec}s`).toBeGreaterThanOrEqual(15);
      expect(t.panicking).toBe(true);
    }
    const exit = ticks.find((t) => t.sec > lastOver + 60)!;
    expect(exit.panicking).toBe(false);
    expect(exit.desired).toBeLessThan(15);
    // And it settles back at 5 once the burst has left the stable window.
    expect(ticks.at(-1)!.desired).toBe(5);
  });
});
