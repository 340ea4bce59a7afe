import { CoreV1Api, CustomObjectsApi } from '@kubernetes/client-node';
import { request } from 'undici';
import { runLoad, type LoadResult } from '../lib/loadgen';
import { startEngine, type EngineHandle } from '../test/engine-harness';
import type { Bench } from './index';
import { ms, type BenchRow } from './table';

/* eslint-disable @typescript-eslint/no-explicit-any -- Knative objects are open JSON */

const ns = 'default';
const PORT_ANNOTATION = 'engine.serverless-console.dev/port';
/** Below what either path saturates on a 2-core laptop, so latency is the hop's own cost. */
const OPEN_LOOP_RPS = 1000;
const sleep = (t: number) => new Promise((r) => setTimeout(r, t));
const log = (...a: unknown[]) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...a);

/**
 * Serving benchmarks against a fresh engine: the seed demo (500 clients on
 * ?sleep=1000 for 60 s), cold start from zero, and the router's overhead
 * over talking to a pod directly.
 */
export const servingBench: Bench = {
  name: 'serving',
  title: 'Serving: seed demo, cold start, router overhead',
  run: runServingBench,
};

async function runServingBench(): Promise<BenchRow[]> {
  const engine = await startEngine({ env: { ENGINE_SCALE_TO_ZERO_GRACE_PERIOD: '1s' } });
  try {
    const k = clients(engine);
    const rows: BenchRow[] = [];
    // The cold-start services scale to zero before the seed demo starts, so that
    // ten scale-downs do not compete with the demo's own ramp-up.
    const cold = Array.from({ length: 10 }, (_, i) => `cold-${i}`);
    for (const name of cold) await k.createService(name, { 'autoscaling.knative.dev/window': '6s' });
    await k.createService('seed');
    await Promise.all([...cold, 'seed'].map((n) => k.waitReady(n)));
    await untilZero(k, cold);
    rows.push(...(await seedDemo(engine, k)));
    rows.push(...(await coldStart(engine, k, cold)));
    rows.push(...(await overhead(engine, k)));
    return rows;
  } finally {
    await engine.stop();
  }
}

async function seedDemo(engine: EngineHandle, k: Clients): Promise<BenchRow[]> {
  log('seed demo: 500 concurrent on ?sleep=1000 for 60 s');
  const podSamples: { atMs: number; ready: number }[] = [];
  const progress: { atMs: number; completed: number }[] = [];
  const started = performance.now();
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const ready = await k.readyPods('seed');
      podSamples.push({ atMs: performance.now() - started, ready });
      await sleep(1000);
    }
  })();
  // The autoscaler's verdict under full load: read just before the 60 s end, not after the drain, when its stable window starts counting idle seconds.
  const atEnd = sleep(60_000 - 500).then(() => k.pa('seed-00001'));
  const r = await runLoad({
    origin: engine.ingressUrl,
    host: 'seed.default.localhost',
    path: '/?sleep=1000',
    concurrency: 500,
    durationMs: 60_000,
    onProgress: (p) => {
      progress.push({ atMs: p.elapsedMs, completed: p.completed });
      if (progress.length % 5 === 0) log(`  ${Math.round(p.elapsedMs / 1000)}s ${p.rps.toFixed(0)} rps, p50 ${p.latency.p50.toFixed(0)} ms, codes ${JSON.stringify(p.statusCounts)}`);
    },
    progressIntervalMs: 1000,
  });
  const paAtEnd = await atEnd;
  const paAfter = await k.pa('seed-00001');
  sampling = false;
  await sampler;
  const scaled = rpsOnceScaled(podSamples, progress, Number(paAtEnd?.status?.desiredScale));
  return [
    {
      metric: 'seed demo: achieved rps within the 60 s (500 clients × 1 s sleep)',
      value: `${r.windowRps.toFixed(1)} (${((r.windowRps / 500) * 100).toFixed(1)}%)`,
      target: '≥ 99% of 500',
      note: `${r.overallRps.toFixed(1)} counting the drain after 60 s`,
    },
    {
      metric: 'seed demo: achieved rps once scaled (final pods ready → 60 s)',
      value: scaled ? `${scaled.rps.toFixed(1)} (${((scaled.rps / 500) * 100).toFixed(1)}%)` : 'never scaled',
      target: '≥ 99% of 500 with 8 pods',
      note: scaled ? `from ${(scaled.fromMs / 1000).toFixed(0)} s` : '',
    },
    { metric: 'seed demo: requests / non-2xx', value: `${r.completed} / ${r.non2xx}`, target: '0 non-2xx' },
    { metric: 'seed demo: latency p50 / p90 / p99', value: `${ms(r.latency.p50)} / ${ms(r.latency.p90)} / ${ms(r.latency.p99)}` },
    { metric: 'seed demo: ready pods over time', value: podSamples.filter((_, i) => i % 5 === 0).map((p) => `${Math.round(p.atMs / 1000)}s:${p.ready}`).join(' ') },
    {
      metric: 'seed demo: final desired pods (PA desiredScale at 60 s)',
      value: String(paAtEnd?.status?.desiredScale),
      target: '8',
      note: `${paAfter?.status?.desiredScale} after the drain`,
    },
  ];
}

/** Completions per second from the first second with `pods` ready pods to the end of the load. */
function rpsOnceScaled(pods: { atMs: number; ready: number }[], progress: { atMs: number; completed: number }[], target: number) {
  const fromMs = pods.find((p) => p.ready >= target)?.atMs;
  if (fromMs === undefined) return undefined;
  const first = progress.find((p) => p.atMs >= fromMs);
  const last = progress.at(-1);
  if (!first || !last || last.atMs - first.atMs < 5000) return undefined;
  return { fromMs: first.atMs, rps: ((last.completed - first.completed) * 1000) / (last.atMs - first.atMs) };
}

async function untilZero(k: Clients, services: string[]) {
  log('waiting for the cold-start services to reach zero pods');
  for (const name of services) {
    const deadline = Date.now() + 120_000;
    while ((await k.pods(name)) > 0) {
      if (Date.now() > deadline) throw new Error(`${name} did not scale to zero`);
      await sleep(500);
    }
  }
}

async function coldStart(engine: EngineHandle, k: Clients, services: string[]): Promise<BenchRow[]> {
  await untilZero(k, services);
  const ttfb: number[] = [];
  for (const name of services) {
    const t0 = performance.now();
    const res = await request(engine.ingressUrl, { headers: { host: `${name}.default.localhost` } });
    ttfb.push(performance.now() - t0);
    await res.body.text();
    if (res.statusCode !== 200) throw new Error(`${name}: ${res.statusCode} from zero`);
    log(`  ${name}: ${ttfb.at(-1)!.toFixed(1)} ms`);
  }
  ttfb.sort((a, b) => a - b);
  const pct = (p: number) => ttfb[Math.min(ttfb.length - 1, Math.ceil((p / 100) * ttfb.length) - 1)];
  return [
    { metric: 'cold start: ' + `time to first byte from zero, median (n=${ttfb.length})`, value: ms(pct(50)), target: '≤ 300 ms' },
    { metric: 'cold start: time to first byte from zero, p95', value: ms(pct(95)) },
  ];
}

async function overhead(engine: EngineHandle, k: Clients): Promise<BenchRow[]> {
  log('overhead: 10,000 requests at 50 concurrent, direct vs ingress');
  await k.createService('direct', {
    'autoscaling.knative.dev/min-scale': '1',
    'autoscaling.knative.dev/max-scale': '1',
    'autoscaling.knative.dev/target-burst-capacity': '0',
  });
  await k.waitReady('direct');
  const pod = (await k.core.listNamespacedPod({ namespace: ns, labelSelector: 'serving.knative.dev/service=direct' })).items[0];
  const port = pod.metadata?.annotations?.[PORT_ANNOTATION];
  const direct = { origin: `http://127.0.0.1:${port}`, concurrency: 50, requests: 10_000 };
  const viaIngress = { origin: engine.ingressUrl, host: 'direct.default.localhost', concurrency: 50, requests: 10_000 };
  await runLoad({ ...direct, requests: 1000 });
  await runLoad({ ...viaIngress, requests: 1000 });
  const d: LoadResult = await runLoad(direct);
  const i: LoadResult = await runLoad(viaIngress);
  // Open loop at a rate neither side saturates (as Knative's dataplane-probe measures): the router's own latency, not queueing for CPU.
  const fixed = { requests: 10_000, concurrency: 20, rate: OPEN_LOOP_RPS };
  const od: LoadResult = await runLoad({ ...direct, ...fixed });
  const oi: LoadResult = await runLoad({ ...viaIngress, ...fixed });
  return [
    { metric: 'overhead: direct to pod: rps, p50 / p99', value: `${d.overallRps.toFixed(0)}, ${ms(d.latency.p50)} / ${ms(d.latency.p99)}` },
    { metric: 'overhead: through ingress: rps, p50 / p99', value: `${i.overallRps.toFixed(0)}, ${ms(i.latency.p50)} / ${ms(i.latency.p99)}` },
    { metric: 'overhead: added latency p50 / p99', value: `${ms(i.latency.p50 - d.latency.p50)} / ${ms(i.latency.p99 - d.latency.p99)}`, target: '≤ +1 ms p50' },
    { metric: 'overhead: throughput ratio (ingress / direct)', value: `${((i.overallRps / d.overallRps) * 100).toFixed(0)}%`, target: '≥ 50%' },
    {
      metric: `overhead, open loop at ${OPEN_LOOP_RPS} rps: added latency p50 / p99`,
      value: `${ms(oi.latency.p50 - od.latency.p50)} / ${ms(oi.latency.p99 - od.latency.p99)}`,
      note: `direct ${ms(od.latency.p50)} / ${ms(od.latency.p99)}, ingress ${ms(oi.latency.p50)} / ${ms(oi.latency.p99)}`,
    },
    { metric: 'overhead: non-2xx (direct / ingress)', value: `${d.non2xx + od.non2xx} / ${i.non2xx + oi.non2xx}` },
  ];
}

type Clients = ReturnType<typeof clients>;

function clients(engine: EngineHandle) {
  const kc = engine.kubeConfig();
  const custom = kc.makeApiClient(CustomObjectsApi);
  const core = kc.makeApiClient(CoreV1Api);
  const servingObj = (plural: string, name: string) =>
    custom.getNamespacedCustomObject({ group: 'serving.knative.dev', version: 'v1', namespace: ns, plural, name }) as Promise<any>;
  const podsOf = async (service: string) =>
    (await core.listNamespacedPod({ namespace: ns, labelSelector: `serving.knative.dev/service=${service}` })).items;
  return {
    core,
    createService: (name: string, annotations: Record<string, string> = {}) =>
      custom.createNamespacedCustomObject({
        group: 'serving.knative.dev',
        version: 'v1',
        namespace: ns,
        plural: 'services',
        body: {
          apiVersion: 'serving.knative.dev/v1',
          kind: 'Service',
          metadata: { name },
          spec: { template: { metadata: { annotations }, spec: { containers: [{ image: 'ghcr.io/knative/autoscale-go:latest' }] } } },
        },
      }),
    async waitReady(name: string) {
      for (let i = 0; i < 300; i++) {
        const s = await servingObj('services', name);
        if (s.status?.conditions?.some((c: any) => c.type === 'Ready' && c.status === 'True')) return;
        await sleep(100);
      }
      throw new Error(`ksvc ${name} not Ready after 30 s`);
    },
    pods: async (service: string) => (await podsOf(service)).length,
    readyPods: async (service: string) =>
      (await podsOf(service)).filter((p) => p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True')).length,
    pa: (name: string) =>
      custom.getNamespacedCustomObject({ group: 'autoscaling.internal.knative.dev', version: 'v1alpha1', namespace: ns, plural: 'podautoscalers', name }) as Promise<any>,
  };
}
