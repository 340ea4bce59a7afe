import 'server-only';
import { framesFromMatrices, rangeQueries, type MatrixSeries } from '@/lib/metrics/prometheus';
import { StatusError } from '@/server/kube/status';
import type { MetricsSource } from './source';

const STEP_S = 5;
const HISTORY_S = 3_600;

/**
 * A Prometheus HTTP API (PROMETHEUS_URL): the last hour by query_range on
 * first use, then every step the range since the last answer, with the
 * same Knative metric names the engine exports.
 */
export function prometheusSource(baseUrl: string): MetricsSource {
  let namespaces: string[] = [];
  // Namespaces whose hour of history has been fetched, and the end of the last range asked for.
  const backfilled = new Set<string>();
  let lastEnd: number | undefined;

  async function queryRange(promql: string, start: number, end: number): Promise<MatrixSeries[]> {
    const url = new URL('/api/v1/query_range', baseUrl);
    url.search = new URLSearchParams({ query: promql, start: String(start), end: String(end), step: `${STEP_S}s` }).toString();
    let body: { status?: string; error?: string; data?: { result?: MatrixSeries[] } };
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(10_000), cache: 'no-store' });
      body = await res.json();
    } catch (err) {
      throw new StatusError(503, 'ServiceUnavailable', `Prometheus at ${baseUrl} could not be queried: ${(err as Error).message}. Check PROMETHEUS_URL.`);
    }
    if (body.status !== 'success') throw new StatusError(502, 'BadGateway', `Prometheus refused a query: ${body.error ?? 'unknown error'} (${promql})`);
    return body.data?.result ?? [];
  }

  return {
    info: { kind: 'prometheus', limited: false, description: `Prometheus at ${baseUrl} (Knative metric names, ${STEP_S} s resolution)` },
    intervalMs: STEP_S * 1000,
    setNamespaces(ns) {
      namespaces = [...ns].sort();
      for (const n of [...backfilled]) if (!ns.has(n)) backfilled.delete(n);
    },
    async poll() {
      const end = Math.floor(Date.now() / 1000);
      const fresh = namespaces.filter((n) => !backfilled.has(n));
      const known = namespaces.filter((n) => backfilled.has(n));
      const ranges: { ns: string[]; start: number }[] = [];
      // A namespace newly in view gets its last hour; the others only what is new since the last poll.
      if (fresh.length) ranges.push({ ns: fresh, start: end - HISTORY_S });
      if (known.length && lastEnd !== undefined && lastEnd + STEP_S <= end) ranges.push({ ns: known, start: lastEnd + STEP_S });
      const answers = await Promise.all(
        ranges.flatMap(({ ns, start }) => rangeQueries(ns).map(async (query) => ({ query, result: await queryRange(query.promql, start, end) }))),
      );
      for (const n of fresh) backfilled.add(n);
      if (ranges.length) lastEnd = end;
      return framesFromMatrices(answers);
    },
    stop() {
      backfilled.clear();
      lastEnd = undefined;
    },
  };
}
