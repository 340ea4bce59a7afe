import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInProcessApi } from './in-process';

let api: Awaited<ReturnType<typeof startInProcessApi>>;
const json = (body: unknown, method = 'POST', contentType = 'application/json') => ({ method, headers: { 'content-type': contentType }, body: JSON.stringify(body) });

beforeAll(async () => {
  api = await startInProcessApi();
});
afterAll(async () => {
  await api?.close();
});

describe('writes (in process)', () => {
  it('validates a dry-run create without storing it', async () => {
    const res = await api.api('/apis/eventing.knative.dev/v1/namespaces/default/brokers?dryRun=All', json({ metadata: { name: 'dry' } }));
    expect(res.status).toBe(201);
    const obj = await res.json();
    expect(obj).toMatchObject({ apiVersion: 'eventing.knative.dev/v1', kind: 'Broker', metadata: { name: 'dry', namespace: 'default' } });
    expect(obj.metadata.uid).toBeTruthy();
    expect(api.store.get('eventing.knative.dev/brokers', 'default', 'dry')).toBeUndefined();
    const bad = await api.api('/apis/eventing.knative.dev/v1/namespaces/default/brokers?dryRun=All', json({ metadata: { name: 'Bad_Name' } }));
    expect(bad.status).toBe(422);
  });

  it('refuses to delete the default namespace, and honours delete preconditions', async () => {
    const res = await api.api('/api/v1/namespaces/default', { method: 'DELETE' });
    expect(res.status).toBe(403);
    expect((await res.json()).message).toBe('namespaces "default" is forbidden: this namespace may not be deleted');
    await api.api('/api/v1/namespaces/default/configmaps', json({ metadata: { name: 'pre' } }));
    const stale = await api.api('/api/v1/namespaces/default/configmaps/pre', json({ preconditions: { uid: 'not-the-uid' } }, 'DELETE'));
    expect(stale.status).toBe(409);
    const ok = await api.api('/api/v1/namespaces/default/configmaps/pre', { method: 'DELETE' });
    expect(await ok.json()).toMatchObject({ kind: 'Status', status: 'Success', details: { name: 'pre', kind: 'configmaps' } });
  });

  it('deletes a collection by label selector', async () => {
    for (const [name, team] of [['a', 'x'], ['b', 'x'], ['c', 'y']]) {
      await api.api('/api/v1/namespaces/default/configmaps', json({ metadata: { name: `dc-${name}`, labels: { team } } }));
    }
    const res = await api.api('/api/v1/namespaces/default/configmaps?labelSelector=team%3Dx', { method: 'DELETE' });
    expect((await res.json()).items.map((i: { metadata: { name: string } }) => i.metadata.name)).toEqual(['dc-a', 'dc-b']);
    expect(api.store.list('/configmaps', 'default').map((o) => o.metadata.name)).toContain('dc-c');
  });

  it('scales a deployment through its scale subresource', async () => {
    await api.api('/apis/apps/v1/namespaces/default/deployments', json({ metadata: { name: 'web' }, spec: { replicas: 1, selector: { matchLabels: { app: 'web' } } } }));
    const res = await api.api('/apis/apps/v1/namespaces/default/deployments/web/scale', json({ spec: { replicas: 3 } }, 'PATCH', 'application/merge-patch+json'));
    expect(await res.json()).toMatchObject({ kind: 'Scale', spec: { replicas: 3 }, status: { selector: 'app=web' } });
    expect(api.store.get('apps/deployments', 'default', 'web')!.spec.replicas).toBe(3);
  });

  it('lists metadata only when asked for PartialObjectMetadataList', async () => {
    const res = await api.api('/api/v1/namespaces/default/configmaps', { headers: { accept: 'application/json;as=PartialObjectMetadataList;v=v1;g=meta.k8s.io' } });
    const list = await res.json();
    expect(list.kind).toBe('PartialObjectMetadataList');
    expect(list.items[0]).toEqual({ kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: expect.objectContaining({ name: 'dc-c' }) });
  });

  it('rejects a body of the wrong kind and an unknown patch type', async () => {
    const wrongKind = await api.api('/api/v1/namespaces/default/configmaps', json({ kind: 'Secret', metadata: { name: 'x' } }));
    expect(wrongKind.status).toBe(400);
    const badPatch = await api.api('/api/v1/namespaces/default/configmaps/dc-c', json({}, 'PATCH', 'text/plain'));
    expect(badPatch.status).toBe(415);
  });
});
