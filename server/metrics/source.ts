import 'server-only';
import type { MetricsFrame, MetricsSourceInfo } from '@/lib/metrics/types';

/**
 * Where the hub's frames come from: the engine's /metrics, a Prometheus
 * HTTP API, or (on a cluster without Prometheus) PodAutoscaler status.
 */
export interface MetricsSource {
  info: MetricsSourceInfo;
  /** How often the hub polls it. */
  intervalMs: number;
  /** The frames taken since the last poll (one for a scraper; several for a range query). */
  poll(): Promise<MetricsFrame[]>;
  /** The namespaces browsers look at (sources that watch or query per namespace use it). */
  setNamespaces?(namespaces: Set<string>): void;
  stop(): void;
}
