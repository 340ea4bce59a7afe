import 'server-only';
import { Agent, request } from 'undici';
import { parsePromText } from '@/lib/metrics/prom-text';
import { shapeFrame, type Scrape } from '@/lib/metrics/shape';
import { loadKubeConfig } from '@/server/kube/kubeconfig';
import { StatusError } from '@/server/kube/status';
import type { MetricsSource } from './source';

/** Rates and percentiles are taken over this much history: one quiet second must not read as a drop to zero. */
const RATE_WINDOW_MS = 5_000;
const TIMEOUT_MS = 3_000;

/** The engine's /metrics, found from the server of the kubeconfig the console uses, and whether to check its certificate. */
export function engineMetricsEndpoint(): { url: string; verifyTls: boolean } {
  const cluster = loadKubeConfig().kc.getCurrentCluster();
  if (!cluster?.server) throw new StatusError(503, 'ServiceUnavailable', 'The kubeconfig names no cluster server, so the engine\'s /metrics cannot be found.');
  return { url: new URL('/metrics', cluster.server).toString(), verifyTls: !cluster.skipTLSVerify };
}

// The engine serves a self-signed certificate; its kubeconfig says insecure-skip-tls-verify, and so do we then.
const agents = { verify: new Agent({ keepAliveTimeout: 10_000 }), skip: new Agent({ keepAliveTimeout: 10_000, connect: { rejectUnauthorized: false } }) };

/**
 * Scrapes the engine's Prometheus text once a second, as Knative's own
 * autoscaler scrapes queue-proxies. Each sample is stamped with the time the
 * scrape was sent, which the charts carry through to the screen.
 */
export function engineSource(): MetricsSource {
  let recent: Scrape[] = [];
  return {
    info: { kind: 'engine', limited: false, description: "the embedded engine's /metrics, scraped every second" },
    intervalMs: 1_000,
    async poll() {
      const { url, verifyTls } = engineMetricsEndpoint();
      const t = Date.now();
      let text: string;
      try {
        const res = await request(url, { dispatcher: verifyTls ? agents.verify : agents.skip, signal: AbortSignal.timeout(TIMEOUT_MS) });
        text = await res.body.text();
        if (res.statusCode !== 200) throw new Error(`HTTP ${res.statusCode}`);
      } catch (err) {
        throw new StatusError(503, 'ServiceUnavailable', `The engine's metrics at ${url} could not be read: ${(err as Error).message}. Is the engine running?`);
      }
      const cur: Scrape = { t, samples: parsePromText(text) };
      recent = recent.filter((s) => t - s.t <= RATE_WINDOW_MS + 500);
      const base = recent[0];
      recent.push(cur);
      return [shapeFrame(cur, base)];
    },
    stop() {
      recent = [];
    },
  };
}
