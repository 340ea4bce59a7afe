import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { Pool } from 'undici';
import { startEngine, type EngineHandle } from '../test/engine-harness';
import type { Bench } from './index';
import type { BenchRow } from './table';

/**
 * Eventing bench: durable ingress throughput, end-to-end latency through the
 * broker at a fixed rate, and delivery to a Knative Service at zero. The engine
 * is the real one (its own process, SQLite synchronous=FULL); the sender runs
 * here and the subscriber in worker threads (startSinks).
 */

const NS = 'default';

/**
 * CPU seconds the engine process has used (Linux /proc), found by its ingress
 * port. The machine may be shared, so wall-clock rates depend on what else runs;
 * CPU per event does not, and says what one idle core could sustain.
 */
function engineCpuSeconds(ingressPort: number): number | undefined {
  try {
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      let env: string;
      try {
        env = readFileSync(`/proc/${pid}/environ`, 'utf8');
      } catch {
        continue;
      }
      if (!env.split('\0').includes(`ENGINE_INGRESS_PORT=${ingressPort}`) || !readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('main.ts')) continue;
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks (100/s)
    }
  } catch {
    // not Linux
  }
  return undefined;
}

const cpuNote = (cpuSeconds: number | undefined, per: number, unit: string) =>
  cpuSeconds === undefined ? '' : `engine CPU ${((cpuSeconds * 1000) / per).toFixed(3)} ms/${unit}`;

interface Sink {
  /** One subscriber URL per thread; deliveries are spread over them by trigger. */
  urls: string[];
  report(): Promise<{ count: number; unique: number; latencies: number[] }>;
  reset(): void;
  close(): void;
}

/**
 * The subscriber: SINK_THREADS (default 2) worker threads, each an HTTP server.
 * 10,000 deliveries a second are about a core of Node HTTP handling on the
 * receiving side; in one thread the subscriber, not the engine, would set
 * the latency (10 triggers would be 10 services in a cluster).
 */
async function startSinks(threads = Number(process.env.SINK_THREADS ?? 2)): Promise<Sink> {
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./eventing-sink.mjs', import.meta.url)));
  const ports = await Promise.all(workers.map((w) => new Promise<number>((resolve) => w.once('message', (m) => resolve(m.port)))));
  const ask = (w: Worker) =>
    new Promise<{ count: number; unique: number; latencies: number[] }>((resolve) => {
      w.once('message', resolve);
      w.postMessage('report');
    });
  return {
    urls: ports.map((port) => `http://127.0.0.1:${port}`),
    async report() {
      const parts = await Promise.all(workers.map(ask));
      return {
        count: parts.reduce((n, p) => n + p.count, 0),
        unique: parts.reduce((n, p) => n + p.unique, 0),
        latencies: parts.flatMap((p) => p.latencies),
      };
    },
    reset: () => workers.forEach((w) => w.postMessage('reset')),
    close: () => workers.forEach((w) => w.postMessage('close')),
  };
}

async function apply(engine: EngineHandle, plural: string, obj: object) {
  const res = await engine.api(`/apis/${plural.replace('NS', NS)}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(obj) });
  if (!res.ok) throw new Error(`create failed: ${res.status} ${await res.text()}`);
}

async function until(what: string, fn: () => Promise<boolean>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await fn().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const ready = (o: { status?: { conditions?: { type: string; status: string }[] } }) => o.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;

async function brokerWithTriggers(engine: EngineHandle, name: string, subscriberUrls: string[]) {
  await apply(engine, 'eventing.knative.dev/v1/namespaces/NS/brokers', { apiVersion: 'eventing.knative.dev/v1', kind: 'Broker', metadata: { name } });
  for (const [i, uri] of subscriberUrls.entries()) {
    await apply(engine, 'eventing.knative.dev/v1/namespaces/NS/triggers', {
      apiVersion: 'eventing.knative.dev/v1', kind: 'Trigger', metadata: { name: `${name}-t${i}` },
      spec: { broker: name, filter: { attributes: { type: 'bench.event' } }, subscriber: { uri } },
    });
  }
  for (let i = 0; i < subscriberUrls.length; i++) {
    await until(`trigger ${name}-t${i}`, async () => ready(await (await engine.api(`/apis/eventing.knative.dev/v1/namespaces/${NS}/triggers/${name}-t${i}`)).json()));
  }
}

const headersFor = (id: string) => ({
  'ce-specversion': '1.0', 'ce-id': id, 'ce-source': '/bench', 'ce-type': 'bench.event',
  'ce-sentat': String(performance.timeOrigin + performance.now()), 'content-type': 'application/json',
});

async function post(pool: Pool, brokerPath: string, id: string): Promise<number> {
  const res = await pool.request({ path: brokerPath, method: 'POST', headers: headersFor(id), body: `{"id":"${id}"}` });
  await res.body.dump();
  return res.statusCode;
}

/** 50 senders back to back for `seconds`: events acknowledged (202) per second. */
async function ingressThroughput(engine: EngineHandle, pool: Pool, sink: Sink): Promise<BenchRow[]> {
  await brokerWithTriggers(engine, 'tput', [`${sink.urls[0]}/tput`]);
  const seconds = 5;
  let acked = 0;
  let other = 0;
  let seq = 0;
  const cpu0 = engineCpuSeconds(engine.ingressPort);
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: 50 }, async () => {
      while (performance.now() < end) {
        const code = await post(pool, `/${NS}/tput`, `t-${seq++}`);
        if (code === 202) acked++;
        else other++;
      }
    }),
  );
  const rate = acked / ((performance.now() - started) / 1000);
  await until('throughput events delivered', async () => (await sink.report()).unique >= acked, 120_000);
  const cpu1 = engineCpuSeconds(engine.ingressPort);
  const r = await sink.report();
  sink.reset();
  const cpu = cpu0 !== undefined && cpu1 !== undefined ? cpu1 - cpu0 : undefined;
  return [
    { metric: 'durable ingress throughput (50 senders, 1 trigger)', value: `${Math.round(rate)} events/s`, target: '≥ 2000 events/s', note: `${acked} acked in ${seconds}s, ${other} not 202; ${cpuNote(cpu, acked, 'event (ingress + delivery)')}` },
    { metric: '  …all acknowledged events delivered', value: `${r.unique} / ${acked}`, target: 'equal' },
  ];
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** Events sent at `rate`/s for `seconds`; latency from send to arrival at the subscriber. */
async function latencyAtRate(engine: EngineHandle, pool: Pool, sink: Sink, triggers: number): Promise<BenchRow[]> {
  const name = `lat${triggers}`;
  await brokerWithTriggers(engine, name, Array.from({ length: triggers }, (_, i) => `${sink.urls[i % sink.urls.length]}/${name}/${i}`));
  const rate = 1000;
  const seconds = 5;
  const total = rate * seconds;
  let sent = 0;
  let failed = 0;
  const inflight: Promise<void>[] = [];
  const cpu0 = engineCpuSeconds(engine.ingressPort);
  const started = performance.now();
  // Pace by the clock: every tick, send what is due so far. A timer tick (~1 ms), not
  // setImmediate: an immediate loop spins a whole core for the run, taken from the
  // engine and the subscriber on a small machine.
  while (sent < total) {
    const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * rate));
    while (sent < due) {
      const id = `${name}-${sent++}`;
      inflight.push(post(pool, `/${NS}/${name}`, id).then((c) => void (c !== 202 && failed++)));
    }
    await new Promise((r) => setTimeout(r, 1));
  }
  await Promise.all(inflight);
  const achieved = total / ((performance.now() - started) / 1000);
  await until(`${name} deliveries`, async () => (await sink.report()).unique >= total * triggers, 120_000);
  const cpu1 = engineCpuSeconds(engine.ingressPort);
  const cpu = cpu0 !== undefined && cpu1 !== undefined ? cpu1 - cpu0 : undefined;
  const r = await sink.report();
  sink.reset();
  const sorted = r.latencies.sort((a, b) => a - b);
  const label = `end-to-end latency at ${rate} events/s, ${triggers} trigger${triggers > 1 ? 's' : ''}`;
  return [
    {
      metric: label,
      value: `p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms`,
      target: triggers === 10 ? 'p99 ≤ 100 ms' : '',
      note: `${total} events sent (${Math.round(achieved)}/s achieved), ${r.unique} deliveries, ${failed} not 202; ${cpuNote(cpu, r.unique, 'delivery')}`,
    },
  ];
}

/** N events through a broker to a ksvc that has scaled to zero: every one must arrive. */
async function scaledToZero(engine: EngineHandle, pool: Pool): Promise<BenchRow[]> {
  const metric = 'delivery to a ksvc scaled to zero (sent / received)';
  await apply(engine, 'serving.knative.dev/v1/namespaces/NS/services', {
    apiVersion: 'serving.knative.dev/v1', kind: 'Service', metadata: { name: 'zero-sink' },
    spec: { template: { spec: { containers: [{ image: 'gcr.io/knative-releases/knative.dev/eventing/cmd/event_display' }] } } },
  });
  await until('ksvc ready', async () => ready(await (await engine.api(`/apis/serving.knative.dev/v1/namespaces/${NS}/services/zero-sink`)).json()), 60_000);
  const podsOf = async () =>
    ((await (await engine.api(`/api/v1/namespaces/${NS}/pods?labelSelector=serving.knative.dev%2Fservice%3Dzero-sink`)).json()).items ?? []).length as number;
  await until('ksvc scaled to zero', async () => (await podsOf()) === 0, 180_000);
  await apply(engine, 'eventing.knative.dev/v1/namespaces/NS/brokers', { apiVersion: 'eventing.knative.dev/v1', kind: 'Broker', metadata: { name: 'zero' } });
  await apply(engine, 'eventing.knative.dev/v1/namespaces/NS/triggers', {
    apiVersion: 'eventing.knative.dev/v1', kind: 'Trigger', metadata: { name: 'zero-t' },
    spec: { broker: 'zero', subscriber: { ref: { apiVersion: 'serving.knative.dev/v1', kind: 'Service', name: 'zero-sink' } } },
  });
  await until('trigger ready', async () => ready(await (await engine.api(`/apis/eventing.knative.dev/v1/namespaces/${NS}/triggers/zero-t`)).json()));
  const sent = 100;
  const started = performance.now();
  await Promise.all(Array.from({ length: sent }, (_, i) => post(pool, `/${NS}/zero`, `z-${i}`)));
  const delivered = async () => {
    const text = await (await fetch(`${engine.apiUrl}/metrics`)).text();
    const line = text.split('\n').find((l) => l.startsWith('eventing_deliveries_total{') && l.includes('name="zero-t"') && l.includes('outcome="delivered"'));
    return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
  };
  await until('deliveries to the woken ksvc', async () => (await delivered()) >= sent, 120_000).catch(() => undefined);
  const received = await delivered();
  return [{ metric, value: `${sent} / ${received}`, target: 'equal', note: `sent while at 0 pods; all delivered ${Math.round(performance.now() - started)} ms after the first send` }];
}

export const eventingBench: Bench = {
  name: 'eventing',
  title: 'Eventing: durable broker ingress and delivery',
  async run() {
    // Short autoscaler windows so the service reaches zero in seconds, not the default ~90 s.
    const engine = await startEngine({ env: { ENGINE_SCALE_TO_ZERO_GRACE_PERIOD: '2s', ENGINE_STABLE_WINDOW: '6s' } });
    const sink = await startSinks();
    const pool = new Pool(engine.ingressUrl, { connections: 100 });
    try {
      return [
        { metric: 'machine', value: `${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}`, note: 'sender and subscriber share the machine with the engine' },
        ...(await ingressThroughput(engine, pool, sink)),
        ...(await latencyAtRate(engine, pool, sink, 1)),
        ...(await latencyAtRate(engine, pool, sink, 10)),
        ...(await scaledToZero(engine, pool)),
      ];
    } finally {
      await pool.close();
      sink.close();
      await engine.stop();
    }
  },
};
