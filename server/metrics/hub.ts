import 'server-only';
import { SeriesStore, frameInScope, type MetricsScope } from '@/lib/metrics/series-store';
import type { MetricsMessage } from '@/lib/metrics/types';
import { clusterMode } from '@/server/kube/kubeconfig';
import { toStatus } from '@/server/kube/status';
import { engineSource } from './engine-source';
import { podAutoscalerSource } from './pa-source';
import { prometheusSource } from './prometheus-source';
import type { MetricsSource } from './source';

type Listener = (msg: MetricsMessage) => void;

/** Prometheus when PROMETHEUS_URL is set; else the engine's /metrics; on a cluster without Prometheus, PodAutoscaler status. */
function chooseSource(): MetricsSource {
  const prom = process.env.PROMETHEUS_URL;
  if (prom) return prometheusSource(prom);
  return clusterMode() ? podAutoscalerSource() : engineSource();
}

/**
 * One poller per console process, shared by every browser: it starts with the
 * first subscriber, stops with the last, keeps the last hour of every series
 * and sends each new frame to the subscribers whose scope it touches.
 */
class MetricsHub {
  private readonly store = new SeriesStore();
  private readonly subscribers = new Map<Listener, MetricsScope>();
  private source?: MetricsSource;
  private timer?: NodeJS.Timeout;
  private lastError?: string;

  subscribe(scope: MetricsScope, sinceMs: number, listener: Listener): () => void {
    this.subscribers.set(listener, scope);
    if (!this.source) this.start();
    else this.source.setNamespaces?.(this.namespaces());
    const source = this.source!;
    listener({ type: 'hello', source: source.info, history: this.store.snapshot(scope, sinceMs) });
    if (this.lastError) listener({ type: 'error', t: Date.now(), message: this.lastError });
    return () => {
      this.subscribers.delete(listener);
      if (this.subscribers.size === 0) this.stop();
      else this.source?.setNamespaces?.(this.namespaces());
    };
  }

  private namespaces() {
    return new Set([...this.subscribers.values()].map((s) => s.namespace));
  }

  private start() {
    const source = (this.source = chooseSource());
    const tick = async () => {
      const started = Date.now();
      try {
        const frames = await source.poll();
        if (this.source !== source) return;
        this.lastError = undefined;
        for (const frame of frames) {
          this.store.add(frame);
          for (const [listener, scope] of this.subscribers) listener({ type: 'frame', frame: frameInScope(frame, scope) });
        }
      } catch (err) {
        if (this.source !== source) return;
        const message = toStatus(err).message;
        if (message !== this.lastError) {
          this.lastError = message;
          for (const listener of this.subscribers.keys()) listener({ type: 'error', t: Date.now(), message });
        }
      }
      // Keep the cadence: a slow poll shortens the wait, it does not shift every later sample.
      if (this.source === source) this.timer = setTimeout(tick, Math.max(0, started + source.intervalMs - Date.now()));
    };
    source.setNamespaces?.(this.namespaces());
    void tick();
  }

  private stop() {
    clearTimeout(this.timer);
    this.source?.stop();
    this.source = undefined;
    this.lastError = undefined;
  }
}

// On globalThis so a dev-server module reload shares the running poller.
const g = globalThis as { __consoleMetricsHub?: MetricsHub };

export function subscribeMetrics(scope: MetricsScope, sinceMs: number, listener: Listener): () => void {
  g.__consoleMetricsHub ??= new MetricsHub();
  return g.__consoleMetricsHub.subscribe(scope, sinceMs, listener);
}
