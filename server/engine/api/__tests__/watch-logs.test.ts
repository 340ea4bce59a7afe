import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEvents, startInProcessApi } from './in-process';

let api: Awaited<ReturnType<typeof startInProcessApi>>;
const cm = (name: string, labels: Record<string, string> = {}) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'default', labels } });
const TABLE = 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json';

beforeAll(async () => {
  api = await startInProcessApi();
});
afterAll(async () => {
  await api?.close();
});

describe('watch (in process)', () => {
  it('answers a resourceVersion older than the kept history with an ERROR event carrying 410 Expired', async () => {
    for (let i = 0; i < 3; i++) api.store.create('/configmaps', cm(`old-${i}`));
    api.store.db.prepare('DELETE FROM events WHERE rv <= ?').run(api.store.currentResourceVersion() - 1);
    // A second API over the same data dir: opening the store is how it learns where its history now starts.
    const second = await startInProcessApi(api.dataDir);
    try {
      const res = await second.api('/api/v1/namespaces/default/configmaps?watch=true&resourceVersion=1');
      expect(res.status).toBe(200);
      const events = await readEvents(res, 1);
      expect(events).toEqual([{ type: 'ERROR', object: expect.objectContaining({ kind: 'Status', code: 410, reason: 'Expired' }) }]);
      expect(events[0].object.message).toMatch(/too old resource version: 1/);
    } finally {
      await second.close();
    }
  });

  it('turns label changes into ADDED and DELETED for a selector, and sends Tables per event', async () => {
    const res = await api.api('/api/v1/namespaces/default/configmaps?watch=true&labelSelector=team%3Dblue', { headers: { accept: TABLE } });
    const pending = readEvents(res, 3);
    await new Promise((r) => setTimeout(r, 50));
    api.store.create('/configmaps', cm('sel', { team: 'red' }));
    const red = api.store.get('/configmaps', 'default', 'sel')!;
    api.store.update('/configmaps', { ...red, metadata: { ...red.metadata, labels: { team: 'blue' } } });
    const blue = api.store.get('/configmaps', 'default', 'sel')!;
    api.store.update('/configmaps', { ...blue, metadata: { ...blue.metadata, labels: { team: 'blue', x: '1' } } });
    const moved = api.store.get('/configmaps', 'default', 'sel')!;
    api.store.update('/configmaps', { ...moved, metadata: { ...moved.metadata, labels: { team: 'green' } } });
    const events = await pending;
    expect(events.map((e) => e.type)).toEqual(['ADDED', 'MODIFIED', 'DELETED']);
    expect(events[0].object.kind).toBe('Table');
    expect(events[0].object.columnDefinitions.map((c: { name: string }) => c.name)).toEqual(['Name', 'Data', 'Age']);
    expect(events[1].object.columnDefinitions).toEqual([]);
    expect(events[1].object.rows[0].cells[0]).toBe('sel');
  });

  it('starts with the current objects, sends bookmarks and ends at timeoutSeconds', async () => {
    api.store.create('/configmaps', cm('listed'));
    const started = Date.now();
    const res = await api.api('/api/v1/namespaces/default/configmaps?watch=true&fieldSelector=metadata.name%3Dlisted&allowWatchBookmarks=true&sendInitialEvents=true&timeoutSeconds=1');
    const events = await readEvents(res, 10, 3000);
    expect(events.map((e) => e.type)).toEqual(['ADDED', 'BOOKMARK']);
    expect(events[1].object.metadata.annotations).toEqual({ 'k8s.io/initial-events-end': 'true' });
    expect(Date.now() - started).toBeLessThan(2500);
  });
});

describe('pods/log (in process)', () => {
  const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'default' }, spec: { containers: [{ name: 'user-container' }, { name: 'sidecar' }] } };
  let logFile: string;

  beforeAll(() => {
    api.store.create('/pods', pod);
    logFile = path.join(api.dataDir, 'logs', 'default', 'p', 'user-container.log');
    mkdirSync(path.dirname(logFile), { recursive: true });
    writeFileSync(logFile, 'one\ntwo\nthree\n');
  });

  it('serves the first container by default, with tailLines and limitBytes', async () => {
    expect(await (await api.api('/api/v1/namespaces/default/pods/p/log')).text()).toBe('one\ntwo\nthree\n');
    expect(await (await api.api('/api/v1/namespaces/default/pods/p/log?tailLines=1')).text()).toBe('three\n');
    expect(await (await api.api('/api/v1/namespaces/default/pods/p/log?limitBytes=5')).text()).toBe('one\nt');
    expect(await (await api.api('/api/v1/namespaces/default/pods/p/log?container=sidecar')).text()).toBe('');
  });

  it('says which containers exist when asked for another', async () => {
    const res = await api.api('/api/v1/namespaces/default/pods/p/log?container=nope');
    expect(res.status).toBe(400);
    expect((await res.json()).message).toBe('container nope is not valid for pod p: choose one of: [user-container sidecar]');
  });

  it('follows new lines until the pod is deleted', async () => {
    const res = await api.api('/api/v1/namespaces/default/pods/p/log?follow=true&tailLines=0');
    const body = res.text();
    await new Promise((r) => setTimeout(r, 300));
    appendFileSync(logFile, 'four\n');
    await new Promise((r) => setTimeout(r, 400));
    api.store.delete('/pods', 'default', 'p');
    expect(await body).toBe('four\n');
  });
});
