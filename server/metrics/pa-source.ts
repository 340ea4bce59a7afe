import 'server-only';
import { frameFromPodAutoscalers } from '@/lib/metrics/pa-frame';
import type { KubeObject } from '@/lib/resources/types';
import { subscribe } from '@/server/kube/watch-cache';
import type { MetricsSource } from './source';

/**
 * A cluster without PROMETHEUS_URL: desired and actual scale from the
 * PodAutoscalers' status, kept live by a watch per namespace a browser
 * looks at, sampled once a second.
 */
export function podAutoscalerSource(): MetricsSource {
  const watches = new Map<string, { items: Map<string, KubeObject>; stop: () => void }>();
  const keyOf = (o: KubeObject) => o.metadata.uid ?? o.metadata.name;
  return {
    info: {
      kind: 'podautoscalers',
      limited: true,
      description: 'PodAutoscaler status (desired and actual scale). Concurrency, request rates, latency and event rates need Prometheus: set PROMETHEUS_URL.',
    },
    intervalMs: 1_000,
    setNamespaces(namespaces) {
      for (const [ns, w] of watches) {
        if (namespaces.has(ns)) continue;
        w.stop();
        watches.delete(ns);
      }
      for (const ns of namespaces) {
        if (watches.has(ns)) continue;
        const items = new Map<string, KubeObject>();
        const stop = subscribe('podautoscalers', ns, (msg) => {
          if (msg.type === 'SYNC') {
            items.clear();
            for (const o of msg.items) items.set(keyOf(o), o);
          } else if (msg.type === 'DELETED') items.delete(keyOf(msg.object));
          else if (msg.type !== 'ERROR') items.set(keyOf(msg.object), msg.object);
        });
        watches.set(ns, { items, stop });
      }
    },
    async poll() {
      const all = [...watches.values()].flatMap((w) => [...w.items.values()]);
      return [frameFromPodAutoscalers(all, Date.now())];
    },
    stop() {
      for (const w of watches.values()) w.stop();
      watches.clear();
    },
  };
}
