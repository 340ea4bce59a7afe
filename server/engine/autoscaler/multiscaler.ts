import { ACTIVATOR_POD, MetricCollection, type WindowSpec } from './collector';
import type { AutoscalerMetrics, RevisionLabels } from './metrics';
import {
  initialExcessBurstCapacity,
  newScalerState,
  scale,
  TICK_INTERVAL_MS,
  updateScalerState,
  type DeciderSpec,
  type ScalerState,
} from './scale';
import { SCALE_UNKNOWN } from './scale-to-zero';
import type { MetricSink, RevisionKey, Stat } from './stat';

export const SCRAPE_INTERVAL_MS = 1000;

/** The scaler's latest valid decision for a revision (Knative's Decider status). */
export interface Decision {
  desiredScale: number;
  excessBurstCapacity: number;
}

interface Scaler {
  key: RevisionKey;
  spec: DeciderSpec;
  state: ScalerState;
  decision: Decision;
  labels: RevisionLabels;
  timer?: NodeJS.Timeout;
}

export interface MultiScalerOptions {
  /** Ready pods of a revision right now. */
  readyPods(rev: RevisionKey): number;
  /** Called when a revision's decision changes (the PA controller re-reconciles it). */
  onDecision(rev: RevisionKey): void;
  metrics?: AutoscalerMetrics;
  /** Start the per-second scrape and per-revision 2s ticks; off in unit tests that drive time by hand. */
  timers?: boolean;
  clock?: () => number;
}

const DEFAULT_WINDOWS: WindowSpec = { stableWindowMs: 60_000, panicWindowMs: 6_000, algorithm: 'linear' };

const keyOf = (k: RevisionKey) => `${k.namespace}/${k.name}`;

/**
 * The autoscaler's loop (Knative's MultiScaler plus metric collector): takes
 * load reports from the data plane, scrapes pods' reports into 1-second
 * buckets every second, runs each revision's `scale()` every 2 seconds and at
 * once when a request arrives at zero, and tells the PA controller when a
 * decision changes. Revisions are added and updated by the PA controller.
 */
export class MultiScaler implements MetricSink {
  private readonly scalers = new Map<string, Scaler>();
  /** Load history per revision; may exist before its scaler (reports can beat the PA). */
  private readonly collections = new Map<string, MetricCollection>();
  private scrapeTimer?: NodeJS.Timeout;
  private readonly clock: () => number;

  constructor(private readonly opts: MultiScalerOptions) {
    this.clock = opts.clock ?? Date.now;
    if (opts.timers !== false) {
      this.scrapeTimer = setInterval(() => this.scrapeAll(), SCRAPE_INTERVAL_MS);
      this.scrapeTimer.unref();
    }
  }

  record(rev: RevisionKey, stat: Stat, now?: Date): void {
    const t = now?.getTime() ?? this.clock();
    const k = keyOf(rev);
    let c = this.collections.get(k);
    if (!c) {
      c = new MetricCollection(this.scalers.get(k) ? windowsOf(this.scalers.get(k)!.spec) : DEFAULT_WINDOWS);
      this.collections.set(k, c);
    }
    if (stat.podName === ACTIVATOR_POD && this.opts.readyPods(rev) === 0) c.recordNow(stat, t);
    else c.add(stat, t);
    // Knative's Poke: load arriving while the decision is zero is decided on now, not at the next tick.
    const s = this.scalers.get(k);
    if (s && s.decision.desiredScale === 0 && stat.averageConcurrency !== 0) this.pokeSoon(s);
  }

  poke(rev: RevisionKey): void {
    const s = this.scalers.get(keyOf(rev));
    if (s) this.pokeSoon(s);
  }

  /** Creates or updates a revision's scaler; returns its current decision. */
  upsert(rev: RevisionKey, spec: DeciderSpec, labels: RevisionLabels): Decision {
    const k = keyOf(rev);
    const existing = this.scalers.get(k);
    const collection = this.collections.get(k);
    if (collection) collection.updateSpec(windowsOf(spec));
    else this.collections.set(k, new MetricCollection(windowsOf(spec)));
    if (existing) {
      updateScalerState(existing.state, existing.spec, spec);
      existing.spec = spec;
      existing.labels = labels;
      return existing.decision;
    }
    const s: Scaler = {
      key: rev,
      spec,
      labels,
      state: newScalerState(spec, this.opts.readyPods(rev), this.clock()),
      decision: { desiredScale: SCALE_UNKNOWN, excessBurstCapacity: initialExcessBurstCapacity(spec) },
    };
    this.scalers.set(k, s);
    this.opts.metrics?.recordPanic(labels, s.state.panicTime !== undefined);
    if (this.opts.timers !== false) {
      s.timer = setInterval(() => this.tick(rev), TICK_INTERVAL_MS);
      s.timer.unref();
    }
    return s.decision;
  }

  decision(rev: RevisionKey): Decision | undefined {
    return this.scalers.get(keyOf(rev))?.decision;
  }

  /** Forgets a revision (its PodAutoscaler was deleted). */
  remove(rev: RevisionKey): void {
    const k = keyOf(rev);
    const s = this.scalers.get(k);
    if (s?.timer) clearInterval(s.timer);
    this.scalers.delete(k);
    this.collections.delete(k);
  }

  /** One scrape of every revision's pod reports (every second). */
  scrapeAll(now = this.clock()): void {
    for (const [k, c] of this.collections) {
      const s = this.scalers.get(k);
      if (s) c.scrape(now, this.opts.readyPods(s.key));
      else if (now - c.lastRecordAt > DEFAULT_WINDOWS.stableWindowMs) this.collections.delete(k);
      else c.scrape(now, 0);
    }
  }

  /** One decision for a revision; a decision without data leaves the previous one standing. */
  tick(rev: RevisionKey, now = this.clock()): void {
    const s = this.scalers.get(keyOf(rev));
    const c = this.collections.get(keyOf(rev));
    if (!s || !c) return;
    const readyPods = this.opts.readyPods(rev);
    let observed = c.stableAndPanic(s.spec.metric, now);
    // With target-burst-capacity −1 pods are not scraped (all load comes through the activator), so silence means zero.
    if (!observed && s.spec.targetBurstCapacity === -1) observed = { stable: 0, panic: 0 };
    const result = scale(s.state, s.spec, observed ? { readyPods, ...observed } : { readyPods, noData: true }, now);
    if (!result.valid) return;
    this.opts.metrics?.recordDecision(s.labels, s.spec.metric, {
      stable: result.stable,
      panic: result.panic,
      target: s.spec.targetValue,
      excessBurstCapacity: result.excessBurstCapacity,
      desired: result.desiredPodCount,
      panicking: result.panicking,
    });
    const prev = s.decision;
    if (prev.desiredScale !== result.desiredPodCount || prev.excessBurstCapacity !== result.excessBurstCapacity) {
      s.decision = { desiredScale: result.desiredPodCount, excessBurstCapacity: result.excessBurstCapacity };
      this.opts.onDecision(rev);
    }
  }

  stop(): void {
    if (this.scrapeTimer) clearInterval(this.scrapeTimer);
    for (const s of this.scalers.values()) if (s.timer) clearInterval(s.timer);
    this.scalers.clear();
    this.collections.clear();
  }

  private pokeSoon(s: Scaler) {
    // Off the caller's stack: the data plane calls in mid-request.
    setImmediate(() => {
      if (this.scalers.get(keyOf(s.key)) !== s) return;
      this.tick(s.key);
    });
  }
}

function windowsOf(spec: DeciderSpec): WindowSpec {
  return { stableWindowMs: spec.stableWindowMs, panicWindowMs: spec.panicWindowMs, algorithm: spec.algorithm };
}
