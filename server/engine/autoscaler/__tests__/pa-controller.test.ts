import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KubeObject } from '../../resources/types';
import { Store } from '../../store/store';
import { startAutoscaler, type Autoscaler } from '../index';
import { DEPLOYMENT_GR, PA_GR } from '../pa-controller';
import { POD_GR } from '../pod-tracker';

/**
 * The autoscaler against a real Store: a Deployment and its PodAutoscaler, a
 * stand-in for the runtime that makes Deployment replicas into Ready pods
 * after 150ms, and a stand-in for the data plane that reports every ready
 * pod's share of a chosen load each second. Real clocks: the revision uses
 * a 6s window and the grace period is 2s, so the whole story takes seconds.
 */

const NS = 'default';
const REV = 'hello-00001';
const DEP = `${REV}-deployment`;
const rev = { namespace: NS, name: REV };

let dir: string;
let store: Store;
let registry: Registry;
let autoscaler: Autoscaler;
let load = 0;
const timers: NodeJS.Timeout[] = [];
let unwatch: () => void;
const writes = { pa: 0, deployment: 0 };

function startKubelet() {
  // Pods follow the Deployment's replicas, starting Ready after a short delay.
  let seq = 0;
  const sync = () => {
    const dep = store.get(DEPLOYMENT_GR, NS, DEP);
    if (!dep) return;
    const want = dep.spec.replicas ?? 1;
    const pods = store.list(POD_GR, NS).filter((p) => p.metadata.labels?.['serving.knative.dev/revision'] === REV);
    for (let i = want; i < pods.length; i++) store.delete(POD_GR, NS, pods[i].metadata.name);
    for (let i = pods.length; i < want; i++) {
      const name = `${DEP}-${++seq}`;
      store.create(POD_GR, {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name, namespace: NS, labels: { 'serving.knative.dev/revision': REV } },
        status: { phase: 'Pending', conditions: [{ type: 'Ready', status: 'False' }] },
      });
      timers.push(
        setTimeout(() => {
          const p = store.get(POD_GR, NS, name);
          if (p) store.update(POD_GR, { ...p, status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] } }, { status: true });
        }, 150),
      );
    }
  };
  unwatch = store.watch((ev) => {
    if (ev.gr === DEPLOYMENT_GR) timers.push(setTimeout(sync, 10));
    if (ev.type === 'MODIFIED' && ev.gr === PA_GR) writes.pa++;
    if (ev.type === 'MODIFIED' && ev.gr === DEPLOYMENT_GR) writes.deployment++;
  });
  sync();
}

function startDataPlane() {
  // Every second, each ready pod reports its share of the load (zeros included).
  const t = setInterval(() => {
    const ready = store
      .list(POD_GR, NS)
      .filter((p) => p.status?.conditions?.[0]?.status === 'True' && p.metadata.labels?.['serving.knative.dev/revision'] === REV);
    for (const p of ready) {
      const share = load / ready.length;
      autoscaler.sink.record(rev, { podName: p.metadata.name, averageConcurrency: share, requestCount: share });
    }
  }, 1000);
  timers.push(t);
}

const pa = () => store.get(PA_GR, NS, REV)!;
const replicas = () => store.get(DEPLOYMENT_GR, NS, DEP)!.spec.replicas as number;
const cond = (type: string) => (pa().status?.conditions as { type: string; status: string; reason?: string; message?: string }[] | undefined)?.find((c) => c.type === type);

async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs: number) {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs}ms waiting for ${what}; PA status: ${JSON.stringify(pa().status)}, replicas ${replicas()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function gauge(name: string): Promise<number | undefined> {
  const text = await registry.metrics();
  const m = new RegExp(`^${name}\\{[^}]*revision_name="${REV}"[^}]*\\} (\\S+)$`, 'm').exec(text);
  return m ? Number(m[1]) : undefined;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'autoscaler-'));
  store = new Store(dir);
  registry = new Registry();
  autoscaler = startAutoscaler({ store, registry }, { env: { ENGINE_SCALE_TO_ZERO_GRACE_PERIOD: '2s' } });
  store.create(DEPLOYMENT_GR, {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: DEP, namespace: NS, labels: { 'serving.knative.dev/revision': REV } },
    spec: { replicas: 1, template: { metadata: { labels: { 'serving.knative.dev/revision': REV } }, spec: { containers: [{ image: 'x' }] } } },
  });
  startKubelet();
  startDataPlane();
  const paObj: KubeObject = {
    apiVersion: 'autoscaling.internal.knative.dev/v1alpha1',
    kind: 'PodAutoscaler',
    metadata: {
      name: REV,
      namespace: NS,
      labels: {
        'serving.knative.dev/revision': REV,
        'serving.knative.dev/configuration': 'hello',
        'serving.knative.dev/service': 'hello',
      },
      annotations: { 'autoscaling.knative.dev/window': '6s' },
    },
    spec: {
      containerConcurrency: 0,
      reachability: 'Reachable',
      protocolType: 'http1',
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: DEP },
    },
  };
  store.create(PA_GR, paObj);
});

afterAll(async () => {
  for (const t of timers) clearTimeout(t);
  unwatch?.();
  await autoscaler?.stop();
  store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('PodAutoscaler controller', () => {
  it('marks the revision active once its first pod is ready', async () => {
    await waitFor('Active=True', () => cond('Active')?.status === 'True', 5000);
    expect(cond('ScaleTargetInitialized')?.status).toBe('True');
    expect(cond('SKSReady')?.status).toBe('True');
    expect(cond('Ready')?.status).toBe('True');
    expect(pa().status).toMatchObject({ serviceName: REV, metricsServiceName: `${REV}-private`, actualScale: 1 });
    expect(pa().status.observedGeneration).toBe(1);
  });

  it('scales up under load: 350 concurrent at 70 per pod is 5 pods', async () => {
    load = 350;
    await waitFor('5 replicas', () => replicas() === 5, 8000);
    await waitFor('5 ready pods', () => pa().status.actualScale === 5 && pa().status.desiredScale === 5, 3000);
    expect(cond('Active')?.status).toBe('True');
    expect(await gauge('autoscaler_desired_pods')).toBe(5);
    expect(await gauge('autoscaler_actual_pods')).toBe(5);
    expect(await gauge('autoscaler_requested_pods')).toBe(5);
    expect(await gauge('autoscaler_target_concurrency_per_pod')).toBe(70);
  });

  it('panics on a burst to 1000 and goes to 15 pods', async () => {
    load = 1000;
    // Panic is checked as it happens: on a slow machine the climb to 15 can outlast the panic itself.
    await waitFor(
      'panic mode on the burst',
      async () => (await gauge('autoscaler_panic_mode')) === 1 && ((await gauge('autoscaler_panic_request_concurrency')) ?? 0) > 700,
      8000,
    );
    await waitFor('15 replicas', () => replicas() === 15, 8000);
    // The burst subsides, but panic never scales down.
    load = 350;
    await new Promise((r) => setTimeout(r, 3000));
    expect(replicas()).toBe(15);
  });

  it('scales to zero after the window and the grace period, saying NoTraffic', async () => {
    load = 0;
    await waitFor('0 replicas', () => replicas() === 0, 40_000);
    await waitFor('NoTraffic', () => cond('Active')?.reason === 'NoTraffic' && pa().status.actualScale === 0, 3000);
    expect(cond('Active')).toMatchObject({ status: 'False', message: 'The target is not receiving traffic.' });
    expect(cond('Ready')).toMatchObject({ status: 'False', reason: 'NoTraffic' });
    expect(pa().status.desiredScale).toBe(0);
    expect(autoscaler.activatorMode(rev)).toBe('Proxy');
    expect(await gauge('autoscaler_panic_mode')).toBe(0);
  }, 45_000);

  it('scales from zero at once when the activator reports the first request', async () => {
    const started = Date.now();
    autoscaler.sink.record(rev, { podName: 'activator', averageConcurrency: 1, requestCount: 1 });
    autoscaler.sink.poke(rev);
    await waitFor('1 replica', () => replicas() === 1, 1500);
    // Well before the next 2s tick could have done it.
    expect(Date.now() - started).toBeLessThan(1000);
    await waitFor('Active again', () => cond('Active')?.status === 'True' && pa().status.actualScale === 1, 3000);
  });

  it('writes only changes: a handful of status and replica updates, not one per tick', () => {
    // About 25 s of scaling 1 → 5 → 15 → 0 → 1 with 2 s ticks.
    expect(writes.pa).toBeLessThan(60);
    expect(writes.deployment).toBeLessThan(20);
  });

  it('drops the revision and its series when the PodAutoscaler is deleted', async () => {
    expect(await gauge('autoscaler_actual_pods')).toBe(1);
    store.delete(PA_GR, NS, REV);
    await new Promise((r) => setTimeout(r, 100));
    expect(await gauge('autoscaler_desired_pods')).toBeUndefined();
    expect(await gauge('autoscaler_actual_pods')).toBeUndefined();
    expect(await gauge('autoscaler_panic_mode')).toBeUndefined();
  });
});
