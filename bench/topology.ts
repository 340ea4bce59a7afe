import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { REVISION_NODES_MAX_SERVICES } from '../lib/topology/build';
import { freePort, startEngine, type EngineHandle } from '../test/engine-harness';
import type { Bench } from './index';
import type { BenchRow } from './table';

/**
 * Topology bench: a namespace of 1,000 Knative Services, 200 PingSources, 50 brokers
 * and 1,000 triggers in a real engine, the built console (`next start`; BENCH_DEV=1
 * for `next dev`) and Chromium. Measures navigation → graph painted and frames per
 * second while panning (requestAnimationFrame counting), median of RUNS page loads.
 * Services are created with `initial-scale: "0"` (allowed through
 * ENGINE_ALLOW_ZERO_INITIAL_SCALE) so the engine doesn't start 1,000 pods.
 */

const NS = 'topo-bench';
const SERVICES = 1000;
const SOURCES = 200;
const BROKERS = 50;
const TRIGGERS = 1000;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const root = path.resolve(import.meta.dirname, '..');

async function create(engine: EngineHandle, collection: string, obj: object) {
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await engine.api(collection, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(obj) });
      if (!res.ok && res.status !== 409) throw new Error(`create ${collection} failed: ${res.status} ${await res.text()}`);
      return;
    } catch (e) {
      // A reset keep-alive connection on a loaded machine is retried (409 makes a repeated create harmless).
      if (attempt >= 5 || !(e instanceof TypeError)) throw e;
      await new Promise((r) => setTimeout(r, 200 * attempt));
    }
  }
}

/** Runs fn over items with a few requests in flight (the engine serialises writes anyway). */
async function pool<T>(items: T[], n: number, fn: (t: T) => Promise<void>) {
  let i = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (i < items.length) await fn(items[i++]);
  }));
}

async function seed(engine: EngineHandle) {
  await create(engine, '/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: NS } });
  const api = (g: string, plural: string) => `/apis/${g}/namespaces/${NS}/${plural}`;
  await pool([...Array(BROKERS).keys()], 8, (i) =>
    create(engine, api('eventing.knative.dev/v1', 'brokers'), { apiVersion: 'eventing.knative.dev/v1', kind: 'Broker', metadata: { name: `b${i}` } }),
  );
  await pool([...Array(SERVICES).keys()], 8, (i) =>
    create(engine, api('serving.knative.dev/v1', 'services'), {
      apiVersion: 'serving.knative.dev/v1',
      kind: 'Service',
      metadata: { name: `s${i}`, ...(i % 10 === 0 ? { labels: { 'app.kubernetes.io/part-of': `app${i % 30}` } } : {}) },
      spec: {
        template: {
          metadata: { annotations: { 'autoscaling.knative.dev/initial-scale': '0', 'autoscaling.knative.dev/min-scale': '0' } },
          spec: { containers: [{ image: 'ghcr.io/knative/helloworld-go' }] },
        },
      },
    }),
  );
  await pool([...Array(TRIGGERS).keys()], 8, (i) =>
    create(engine, api('eventing.knative.dev/v1', 'triggers'), {
      apiVersion: 'eventing.knative.dev/v1',
      kind: 'Trigger',
      metadata: { name: `t${i}` },
      spec: { broker: `b${i % BROKERS}`, filter: { attributes: { type: `bench.type${i % 7}` } }, subscriber: { ref: { apiVersion: 'serving.knative.dev/v1', kind: 'Service', name: `s${i % SERVICES}` } } },
    }),
  );
  await pool([...Array(SOURCES).keys()], 8, (i) =>
    create(engine, api('sources.knative.dev/v1', 'pingsources'), {
      apiVersion: 'sources.knative.dev/v1',
      kind: 'PingSource',
      // Once a year: the sources exist for the graph, not to load the engine while measuring.
      metadata: { name: `p${i}` },
      spec: { schedule: '0 0 1 1 *', sink: { ref: { apiVersion: 'eventing.knative.dev/v1', kind: 'Broker', name: `b${i % BROKERS}` } } },
    }),
  );
}

async function count(engine: EngineHandle, collection: string, pred: (o: { status?: Record<string, unknown> }) => boolean = () => true) {
  const res = await engine.api(collection);
  const list = (await res.json()) as { items: { status?: Record<string, unknown> }[] };
  return list.items.filter(pred).length;
}

async function startConsole(engine: EngineHandle): Promise<{ url: string; child: ChildProcess }> {
  const dev = process.env.BENCH_DEV === '1';
  if (!dev && !existsSync(path.join(root, '.next', 'BUILD_ID'))) throw new Error('No production build: run `npm run build` first (or BENCH_DEV=1).');
  const port = await freePort();
  const log = createWriteStream(path.join(engine.dataDir, 'console.log'));
  const child = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), dev ? 'dev' : 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: root,
    detached: true,
    env: { ...process.env, CONSOLE_DATA_DIR: engine.dataDir, CONSOLE_CLUSTER: '', PORT: String(port), NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`console exited; see ${engine.dataDir}/console.log`);
    if (await fetch(`${url}/api/kube/namespaces`).then((r) => r.ok, () => false)) return { url, child };
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('console did not start');
}

/** ms from navigation start until the graph holds `expected` nodes and a frame with them has been painted. */
async function measurePaint(page: Page, url: string, expected: number): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid="topology-graph"]')?.getAttribute('data-node-count') ?? 0) >= n && document.querySelector('.react-flow__node') !== null, expected, { timeout: 60_000, polling: 'raf' });
  return (await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))))')) as number;
}

/** Drags the empty canvas for ~3 s while counting animation frames in the page. */
async function measurePanFps(page: Page): Promise<number> {
  // In-page code as strings: tsx (esbuild keepNames) would wrap named functions in a `__name` helper the page doesn't have.
  const start = (await page.evaluate(`(() => {
    const pane = document.querySelector('.react-flow__renderer').getBoundingClientRect();
    for (let y = pane.top + 20; y < pane.bottom; y += 15)
      for (let x = pane.left + 20; x < pane.right; x += 15)
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
    return null;
  })()`)) as { x: number; y: number } | null;
  if (!start) throw new Error('no empty spot on the canvas to start panning');
  await page.evaluate(`(() => {
    window.__frames = 0;
    window.__count = true;
    const tick = () => { if (!window.__count) return; window.__frames++; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const t0 = Date.now();
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 0; Date.now() - t0 < 3000; i++) {
    const dx = Math.sin(i / 10) * 300;
    await page.mouse.move(start.x + dx, start.y + (i % 40) * 5 - 100);
  }
  await page.mouse.up();
  const frames = (await page.evaluate('(() => { window.__count = false; return window.__frames; })()')) as number;
  return frames / ((Date.now() - t0) / 1000);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export const topologyBench: Bench = {
  name: 'topology',
  title: `Topology: ${SERVICES} services, ${SOURCES} sources, ${BROKERS} brokers, ${TRIGGERS} triggers (Chromium, median of ${RUNS})`,
  async run(): Promise<BenchRow[]> {
    const engine = await startEngine({ env: { ENGINE_ALLOW_ZERO_INITIAL_SCALE: 'true' } });
    let consoleProc: ChildProcess | undefined;
    const browser = await chromium.launch({ executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const t0 = Date.now();
      await seed(engine);
      const seedMs = Date.now() - t0;
      console.error(`topology bench: seeded in ${(seedMs / 1000).toFixed(1)} s, waiting for revisions`);
      // Wait for serving to create the revisions (they're nodes too); pods: none.
      const revs = `/apis/serving.knative.dev/v1/namespaces/${NS}/revisions`;
      const deadline = Date.now() + 180_000;
      while (Date.now() < deadline && (await count(engine, revs)) < SERVICES) await new Promise((r) => setTimeout(r, 1000));
      const revisions = await count(engine, revs);
      const pods = await count(engine, `/api/v1/namespaces/${NS}/pods`);
      console.error(`topology bench: ${revisions} revisions, ${pods} pods; starting the console`);
      const { url, child } = await startConsole(engine);
      consoleProc = child;
      // Wait for the objects created here (revisions are drawn inside their service cards at this size).
      const expected = SERVICES + SOURCES + BROKERS;
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      // Warm-up load (compiles/caches on the server side), not counted.
      await measurePaint(page, `${url}/ns/${NS}/topology`, expected);
      const paints: number[] = [];
      const fps: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        paints.push(await measurePaint(page, `${url}/ns/${NS}/topology`, expected));
        fps.push(await measurePanFps(page));
      }
      const rendered = await page.locator('.react-flow__node').count();
      const modelNodes = Number(await page.getByTestId('topology-graph').getAttribute('data-node-count'));
      return [
        { metric: 'navigation → graph painted (median)', value: `${Math.round(median(paints))} ms`, target: '≤ 2000 ms', note: `runs: ${paints.map(Math.round).join(', ')}` },
        { metric: 'frames per second while panning (median)', value: median(fps).toFixed(1), target: '≥ 30', note: `runs: ${fps.map((f) => f.toFixed(1)).join(', ')}` },
        { metric: 'graph nodes', value: String(modelNodes), note: `${SERVICES} ksvc (their ${revisions} revisions drawn inside the cards above ${REVISION_NODES_MAX_SERVICES} services) + ${SOURCES} sources + ${BROKERS} brokers + groups; ${TRIGGERS} trigger edges` },
        { metric: 'nodes in the DOM (culling)', value: String(rendered), note: 'onlyRenderVisibleElements' },
        { metric: 'seeding through the API', value: `${(seedMs / 1000).toFixed(1)} s`, note: `${SERVICES + SOURCES + BROKERS + TRIGGERS} creates; ${pods} pods started` },
      ];
    } finally {
      await browser.close();
      if (consoleProc?.pid) {
        try {
          process.kill(-consoleProc.pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
      await engine.stop();
    }
  },
};
