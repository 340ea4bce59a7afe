import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEngine, type EngineHandle } from '@/test/engine-harness';
import type { KubeObject, WatchMessage } from '@/lib/resources/types';

let engine: EngineHandle;
let kube: typeof import('../client');
let cache: typeof import('../watch-cache');
let status: typeof import('../status');

const ksvc = (name: string): KubeObject => ({
  apiVersion: 'serving.knative.dev/v1',
  kind: 'Service',
  metadata: { name, namespace: 'default' },
  spec: { template: { spec: { containers: [{ image: 'ghcr.io/knative/helloworld-go' }] } } },
});

/** Collects a subscription's messages and waits for one matching `pred`. */
function collector() {
  const seen: WatchMessage[] = [];
  const waiters: { pred: (m: WatchMessage) => boolean; resolve: (m: WatchMessage) => void }[] = [];
  return {
    seen,
    push(m: WatchMessage) {
      seen.push(m);
      for (const w of [...waiters]) if (w.pred(m)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(m); }
    },
    next(pred: (m: WatchMessage) => boolean, ms = 5000): Promise<WatchMessage> {
      const found = seen.find(pred);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        waiters.push({ pred, resolve });
        setTimeout(() => reject(new Error(`no matching watch message within ${ms} ms; saw ${seen.map((s) => s.type).join(',')}`)), ms);
      });
    },
  };
}

beforeAll(async () => {
  engine = await startEngine();
  process.env.CONSOLE_DATA_DIR = engine.dataDir;
  delete process.env.CONSOLE_CLUSTER;
  kube = await import('../client');
  cache = await import('../watch-cache');
  status = await import('../status');
});

afterAll(async () => {
  await engine?.stop();
  if (engine) rmSync(engine.dataDir, { recursive: true, force: true });
});

describe('server/kube against a real engine', () => {
  it('creates, lists, patches and deletes through client-node', async () => {
    const created = await kube.createResource('services', 'default', ksvc('crud'));
    expect(created.metadata.uid).toBeTruthy();
    const list = await kube.listResource('services', 'default');
    expect(list.items.map((i) => i.metadata.name)).toContain('crud');
    expect(list.resourceVersion).not.toBe('');
    const patched = await kube.patchResource('services', 'default', 'crud', { metadata: { labels: { team: 'a' } } });
    expect(patched.metadata.labels?.team).toBe('a');
    const ns = await kube.listResource('namespaces');
    expect(ns.items.map((i) => i.metadata.name)).toContain('default');
    await kube.deleteResource('services', 'default', 'crud');
    await expect(kube.getResource('services', 'default', 'crud')).rejects.toMatchObject({ code: 404 });
  });

  it('passes the engine\'s Status through: 404, 409 AlreadyExists, 409 Conflict, 422 Invalid', async () => {
    const missing = status.toStatus(await kube.getResource('services', 'default', 'nope').catch((e) => e));
    expect(missing).toMatchObject({ kind: 'Status', code: 404, reason: 'NotFound' });

    await kube.createResource('services', 'default', ksvc('twice'));
    const again = status.toStatus(await kube.createResource('services', 'default', ksvc('twice')).catch((e) => e));
    expect(again).toMatchObject({ code: 409, reason: 'AlreadyExists' });

    const current = await kube.getResource('services', 'default', 'twice');
    await kube.patchResource('services', 'default', 'twice', { metadata: { labels: { bump: '1' } } });
    const stale = status.toStatus(await kube.replaceResource('services', 'default', 'twice', current).catch((e) => e));
    expect(stale).toMatchObject({ code: 409, reason: 'Conflict' });

    const bad = status.toStatus(await kube.createResource('services', 'default', ksvc('Bad_Name')).catch((e) => e));
    expect(bad.code).toBe(422);
    expect(bad.details?.causes?.some((c) => c.field === 'metadata.name')).toBe(true);
  });

  it('shares one watch per kind and namespace, starts subscribers from a snapshot, and streams changes', async () => {
    const a = collector();
    const b = collector();
    const stopA = cache.subscribe('services', 'default', (m) => a.push(m));
    const stopB = cache.subscribe('services', 'default', (m) => b.push(m));
    expect(cache.activeWatches().filter((k) => k === 'services/default')).toHaveLength(1);
    await a.next((m) => m.type === 'SYNC');
    await kube.createResource('services', 'default', ksvc('watched'));
    await a.next((m) => m.type === 'ADDED' && m.object.metadata.name === 'watched');
    await b.next((m) => m.type === 'ADDED' && m.object.metadata.name === 'watched');

    // A late subscriber gets the current state as a snapshot.
    const c = collector();
    const stopC = cache.subscribe('services', 'default', (m) => c.push(m));
    const snap = await c.next((m) => m.type === 'SYNC');
    expect(snap.type === 'SYNC' && snap.items.some((i) => i.metadata.name === 'watched')).toBe(true);

    await kube.deleteResource('services', 'default', 'watched');
    await a.next((m) => m.type === 'DELETED' && m.object.metadata.name === 'watched');
    stopA(); stopB(); stopC();
  });

  it('stops the server-side watch a few seconds after the last subscriber leaves', async () => {
    const stop = cache.subscribe('brokers', 'default', () => {});
    expect(cache.activeWatches()).toContain('brokers/default');
    stop();
    await new Promise((r) => setTimeout(r, 2_000));
    expect(cache.activeWatches()).toContain('brokers/default'); // lingers across a page navigation
    await new Promise((r) => setTimeout(r, 4_000));
    expect(cache.activeWatches()).not.toContain('brokers/default');
  });

  it('never sends secret values', async () => {
    await kube.createResource('secrets', 'default', { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'pw' }, data: { password: 'aHVudGVyMg==' } } as KubeObject);
    const c = collector();
    const stop = cache.subscribe('secrets', 'default', (m) => c.push(m));
    const snap = await c.next((m) => m.type === 'SYNC');
    expect(JSON.stringify(snap)).not.toContain('aHVudGVyMg==');
    expect(JSON.stringify(snap)).toContain('password');
    stop();
  });
});
