import { CustomObjectsApi } from '@kubernetes/client-node';
import { runLoad } from '../lib/loadgen';
import { parsePromText } from '../lib/metrics/prom-text';
import { shapeFrame, type Scrape } from '../lib/metrics/shape';
import { sendTrafficSchema } from '../lib/schemas/send-traffic';
import { loadTarget } from '../lib/send-traffic/target';
import { startEngine } from '../test/engine-harness';
import type { Bench } from './index';
import { ms, type BenchRow } from './table';

/* eslint-disable @typescript-eslint/no-explicit-any -- Knative objects are open JSON */

const ns = 'default';
const DURATION_S = 30;
const sleep = (t: number) => new Promise((r) => setTimeout(r, t));
const log = (...a: unknown[]) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...a);

/**
 * The seed demo (500 clients on ?sleep=1000) as the console's Send traffic
 * panel runs it: the form's schema, the target derived from the ksvc's
 * status.url, the project's load generator; scaling read the way the Observe
 * charts read it (the engine's /metrics, scraped every second). 30 s instead
 * of the serving bench's 60 s to keep `npm run bench` short.
 */
export const observeBench: Bench = {
  name: 'observe',
  title: 'Observe: seed demo through the console load generator path',
  run: runObserveBench,
};

async function runObserveBench(): Promise<BenchRow[]> {
  const engine = await startEngine();
  const custom = engine.kubeConfig().makeApiClient(CustomObjectsApi);
  const get = (plural: string, group: string, version: string, name: string) =>
    custom.getNamespacedCustomObject({ group, version, namespace: ns, plural, name }) as Promise<any>;
  try {
    await custom.createNamespacedCustomObject({
      group: 'serving.knative.dev', version: 'v1', namespace: ns, plural: 'services',
      body: { apiVersion: 'serving.knative.dev/v1', kind: 'Service', metadata: { name: 'seed' }, spec: { template: { spec: { containers: [{ image: 'ghcr.io/knative/autoscale-go:latest' }] } } } },
    });
    let url = '';
    for (let i = 0; i < 300 && !url; i++) {
      const s = await get('services', 'serving.knative.dev', 'v1', 'seed');
      if (s.status?.conditions?.some((c: any) => c.type === 'Ready' && c.status === 'True')) url = s.status.url;
      else await sleep(100);
    }
    if (!url) throw new Error('ksvc seed not Ready after 30 s');

    const spec = sendTrafficSchema.parse({ concurrency: 500, stopAfter: 'duration', durationSeconds: DURATION_S, path: '/?sleep=1000' });
    const target = loadTarget(url);
    log(`seed demo via the console path: ${spec.concurrency} concurrent on ${spec.path} for ${DURATION_S} s → ${target.origin} (Host ${target.host})`);

    // The Observe charts' view of scaling: /metrics every second, shaped as the console shapes it.
    const timeline: string[] = [];
    let peakDesired = 0;
    let scraping = true;
    const started = Date.now();
    const scraper = (async () => {
      let base: Scrape | undefined;
      while (scraping) {
        const t = Date.now();
        const cur = { t, samples: parsePromText(await (await fetch(`${engine.apiUrl}/metrics`)).text()) };
        const p = shapeFrame(cur, base).services.find((s) => s.ref.service === 'seed')?.point;
        if (p?.desired !== undefined) peakDesired = Math.max(peakDesired, p.desired);
        if (p && Math.round((t - started) / 1000) % 5 === 0) timeline.push(`${Math.round((t - started) / 1000)}s:${p.desired ?? '?'}/${p.actual ?? '?'}`);
        base = cur;
        await sleep(Math.max(0, t + 1000 - Date.now()));
      }
    })();

    const r = await runLoad({
      origin: target.origin,
      host: target.host,
      path: spec.path,
      concurrency: spec.concurrency,
      durationMs: spec.durationSeconds! * 1000,
      progressIntervalMs: 5000,
      onProgress: (p) => log(`  ${Math.round(p.elapsedMs / 1000)}s ${p.rps.toFixed(0)} rps, p50 ${p.latency.p50.toFixed(0)} ms, codes ${JSON.stringify(p.statusCounts)}`),
    });
    scraping = false;
    await scraper;
    const pa = await get('podautoscalers', 'autoscaling.internal.knative.dev', 'v1alpha1', 'seed-00001');
    return [
      { metric: `observe seed demo: achieved rps (500 clients × 1 s sleep, ${DURATION_S} s)`, value: `${r.overallRps.toFixed(1)} (${((r.overallRps / 500) * 100).toFixed(1)}%)`, target: '≥ 95% of 500', note: 'includes the first seconds at 1 pod' },
      { metric: 'observe seed demo: requests / non-2xx', value: `${r.completed} / ${r.non2xx}`, target: '0 non-2xx' },
      { metric: 'observe seed demo: latency p50 / p90 / p99', value: `${ms(r.latency.p50)} / ${ms(r.latency.p90)} / ${ms(r.latency.p99)}` },
      { metric: 'observe seed demo: desired/actual pods as charted (every 5 s)', value: timeline.join(' ') },
      { metric: 'observe seed demo: peak desired pods on the chart / final PA desiredScale', value: `${peakDesired} / ${pa?.status?.desiredScale}`, target: '8' },
    ];
  } finally {
    await engine.stop();
  }
}
