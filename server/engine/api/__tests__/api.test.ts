import { ApiException, CoreV1Api, CustomObjectsApi, PatchStrategy, Watch, setHeaderOptions } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEngine, type EngineHandle } from '../../../../test/engine-harness';
import { retryOnConflict } from '../../../../test/retry-on-conflict';

/* eslint-disable @typescript-eslint/no-explicit-any -- custom objects come back untyped */

const ksvcApi = { group: 'serving.knative.dev', version: 'v1', plural: 'services' };
const ksvc = (name: string, labels: Record<string, string> = {}) => ({
  apiVersion: 'serving.knative.dev/v1',
  kind: 'Service',
  metadata: { name, labels },
  spec: { template: { spec: { containers: [{ image: 'ghcr.io/knative/helloworld-go' }] } } },
});

/** The Status body of a failed client-node call. */
async function failure(p: Promise<unknown>): Promise<{ code: number; body: any }> {
  try {
    await p;
  } catch (err) {
    if (err instanceof ApiException) return { code: err.code, body: typeof err.body === 'string' ? JSON.parse(err.body) : err.body };
    throw err;
  }
  throw new Error('expected the call to fail');
}

let engine: EngineHandle;
let custom: CustomObjectsApi;
let core: CoreV1Api;

beforeAll(async () => {
  engine = await startEngine();
  const kc = engine.kubeConfig();
  custom = kc.makeApiClient(CustomObjectsApi);
  core = kc.makeApiClient(CoreV1Api);
});

afterAll(async () => {
  await engine?.stop();
});

describe('resources through @kubernetes/client-node', () => {
  it('creates, gets, lists, updates, patches and deletes a Knative Service', async () => {
    const created = (await custom.createNamespacedCustomObject({ ...ksvcApi, namespace: 'default', body: ksvc('crud', { app: 'crud' }) })) as any;
    expect(created.metadata).toMatchObject({ name: 'crud', namespace: 'default', generation: 1 });
    expect(created.metadata.uid).toMatch(/^[0-9a-f-]{36}$/);

    const got = (await custom.getNamespacedCustomObject({ ...ksvcApi, namespace: 'default', name: 'crud' })) as any;
    expect(got.metadata.uid).toBe(created.metadata.uid);
    expect(got.kind).toBe('Service');

    const list = (await custom.listNamespacedCustomObject({ ...ksvcApi, namespace: 'default', labelSelector: 'app=crud' })) as any;
    expect(list.kind).toBe('ServiceList');
    expect(list.items.map((i: any) => i.metadata.name)).toEqual(['crud']);
    const none = (await custom.listNamespacedCustomObject({ ...ksvcApi, namespace: 'default', labelSelector: 'app notin (crud)' })) as any;
    expect(none.items.map((i: any) => i.metadata.name)).not.toContain('crud');

    const updated = (await retryOnConflict(async () => {
      const latest = (await custom.getNamespacedCustomObject({ ...ksvcApi, namespace: 'default', name: 'crud' })) as any;
      latest.spec.template.spec.containers[0].image = 'ghcr.io/knative/autoscale-go';
      return custom.replaceNamespacedCustomObject({ ...ksvcApi, namespace: 'default', name: 'crud', body: latest });
    })) as any;
    expect(updated.metadata.generation).toBe(2);

    const merged = (await custom.patchNamespacedCustomObject(
      { ...ksvcApi, namespace: 'default', name: 'crud', body: { metadata: { labels: { tier: 'web' } } } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    )) as any;
    expect(merged.metadata.labels).toEqual({ app: 'crud', tier: 'web' });

    const jsonPatched = (await custom.patchNamespacedCustomObject(
      {
        ...ksvcApi,
        namespace: 'default',
        name: 'crud',
        body: [
          { op: 'test', path: '/metadata/labels/tier', value: 'web' },
          { op: 'replace', path: '/metadata/labels/tier', value: 'api' },
        ],
      },
      setHeaderOptions('Content-Type', PatchStrategy.JsonPatch),
    )) as any;
    expect(jsonPatched.metadata.labels.tier).toBe('api');

    const deleted = (await custom.deleteNamespacedCustomObject({ ...ksvcApi, namespace: 'default', name: 'crud' })) as any;
    expect(deleted.metadata.name).toBe('crud');
    const gone = await failure(custom.getNamespacedCustomObject({ ...ksvcApi, namespace: 'default', name: 'crud' }));
    expect(gone.code).toBe(404);
  });

  it('answers Kubernetes Status errors: NotFound, AlreadyExists, Conflict, Invalid', async () => {
    const missing = await failure(custom.getNamespacedCustomObject({ ...ksvcApi, namespace: 'default', name: 'nope' }));
    expect(missing).toMatchObject({ code: 404, body: { kind: 'Status', reason: 'NotFound', message: 'services.serving.knative.dev "nope" not found' } });

    await custom.createNamespacedCustomObject({ ...ksvcApi, namespace: 'default', body: ksvc('twice') });
    const again = await failure(custom.createNamespacedCustomObject({ ...ksvcApi, namespace: 'default', body: ksvc('twice') }));
    expect(again).toMatchObject({ code: 409, body: { reason: 'AlreadyExists' } });

    // The serving controllers write the Service's status meanwhile, so the first replace may itself meet a newer version.
    let stale: any;
    for (let attempt = 0; ; attempt++) {
      stale = await custom.getNamespacedCustomObject({ ...ksvcApi, namespace: 'default', name: 'twice' });
      const ok = await custom
        .replaceNamespacedCustomObject({ ...ksvcApi, namespace: 'default', name: 'twice', body: { ...stale, metadata: { ...stale.metadata, labels: { v: '1' } } } })
        .then(() => true, (err) => (attempt < 10 ? false : Promise.reject(err)));
      if (ok) break;
    }
    const conflict = await failure(
      custom.replaceNamespacedCustomObject({ ...ksvcApi, namespace: 'default', name: 'twice', body: { ...stale, metadata: { ...stale.metadata, labels: { v: '2' } } } }),
    );
    expect(conflict).toMatchObject({ code: 409, body: { reason: 'Conflict' } });
    expect(conflict.body.message).toMatch(/the object has been modified/);

    const bad = await failure(custom.createNamespacedCustomObject({ ...ksvcApi, namespace: 'default', body: ksvc('Bad_Name') }));
    expect(bad.code).toBe(422);
    expect(bad.body.reason).toBe('Invalid');
    expect(bad.body.details.causes[0].field).toBe('metadata.name');
    expect(bad.body.message).toMatch(/^Service\.serving\.knative\.dev "Bad_Name" is invalid: metadata\.name: Invalid value: "Bad_Name"/);

    const noNamespace = await failure(custom.createNamespacedCustomObject({ ...ksvcApi, namespace: 'ghost', body: ksvc('x') }));
    expect(noNamespace).toMatchObject({ code: 404, body: { message: 'namespaces "ghost" not found' } });
  });

  it('refuses requests without the bearer token with a 401 Status', async () => {
    const res = await fetch(`${engine.apiUrl}/apis/serving.knative.dev/v1/services`);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ kind: 'Status', reason: 'Unauthorized', code: 401 });
    const wrong = await fetch(`${engine.apiUrl}/api/v1/namespaces`, { headers: { authorization: 'Bearer wrong' } });
    expect(wrong.status).toBe(401);
    expect((await fetch(`${engine.apiUrl}/readyz`)).status).toBe(200);
  });

  it('creates namespaces and deletes what they contain with them', async () => {
    await core.createNamespace({ body: { metadata: { name: 'team-a' } } });
    expect((await core.readNamespace({ name: 'team-a' })).status?.phase).toBe('Active');
    await core.createNamespacedConfigMap({ namespace: 'team-a', body: { metadata: { name: 'settings' }, data: { a: '1' } } });
    await core.deleteNamespace({ name: 'team-a' });
    expect((await failure(core.readNamespacedConfigMap({ namespace: 'team-a', name: 'settings' }))).code).toBe(404);
  });

  it('deletes dependents through ownerReferences', async () => {
    const owner = (await custom.createNamespacedCustomObject({ ...ksvcApi, namespace: 'default', body: ksvc('owner') })) as any;
    await core.createNamespacedConfigMap({
      namespace: 'default',
      body: {
        metadata: { name: 'owned', ownerReferences: [{ apiVersion: 'serving.knative.dev/v1', kind: 'Service', name: 'owner', uid: owner.metadata.uid, controller: true }] },
      },
    });
    await custom.deleteNamespacedCustomObject({ ...ksvcApi, namespace: 'default', name: 'owner' });
    expect((await failure(core.readNamespacedConfigMap({ namespace: 'default', name: 'owned' }))).code).toBe(404);
  });

  it('keeps status out of spec writes and spec out of status writes', async () => {
    const merge = setHeaderOptions('Content-Type', PatchStrategy.MergePatch);
    await core.createNamespace({ body: { metadata: { name: 'sub' }, status: { phase: 'Terminating' } } });
    expect((await core.readNamespace({ name: 'sub' })).status?.phase).toBe('Active');
    const viaStatus = await core.patchNamespaceStatus({ name: 'sub', body: { metadata: { labels: { l: 'x' } }, status: { phase: 'Terminating' } } }, merge);
    expect(viaStatus.status?.phase).toBe('Terminating');
    expect(viaStatus.metadata?.labels?.l).toBeUndefined();
    const viaMain = await core.patchNamespace({ name: 'sub', body: { metadata: { labels: { l: 'y' } }, status: { phase: 'Active' } } }, merge);
    expect(viaMain.status?.phase).toBe('Terminating');
    expect(viaMain.metadata?.labels?.l).toBe('y');
  });

  it('answers server-side apply with 415 and a way forward', async () => {
    const res = await engine.api('/apis/serving.knative.dev/v1/namespaces/default/services/status', {
      method: 'PATCH',
      headers: { 'content-type': 'application/apply-patch+yaml' },
      body: 'metadata: {name: status}',
    });
    expect(res.status).toBe(415);
    expect((await res.json()).message).toMatch(/server-side apply .* not supported/);
  });

  it('serves Table output with the Knative columns', async () => {
    await custom.createNamespacedCustomObject({ ...ksvcApi, namespace: 'default', body: ksvc('tabled') });
    const res = await engine.api('/apis/serving.knative.dev/v1/namespaces/default/services?fieldSelector=metadata.name%3Dtabled', {
      headers: { accept: 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json' },
    });
    const table = await res.json();
    expect(table.kind).toBe('Table');
    expect(table.columnDefinitions.map((c: any) => c.name)).toEqual(['Name', 'URL', 'LatestCreated', 'LatestReady', 'Ready', 'Reason']);
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0].cells[0]).toBe('tabled');
    expect(table.rows[0].object.kind).toBe('PartialObjectMetadata');
  });
});

describe('watch', () => {
  function watchEvents(path: string, params: Record<string, string>) {
    const events: { type: string; name: string; rv: string }[] = [];
    const controller = new Watch(engine.kubeConfig()).watch(
      path,
      params,
      (type, obj) => events.push({ type, name: obj?.metadata?.name, rv: obj?.metadata?.resourceVersion }),
      () => {},
    );
    return { events, stop: async () => (await controller).abort() };
  }

  const waitFor = async (cond: () => boolean, what: string) => {
    const deadline = Date.now() + 5000;
    while (!cond()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  it('delivers ADDED, MODIFIED and DELETED, and resumes from a resourceVersion after a restart', async () => {
    await core.createNamespace({ body: { metadata: { name: 'watched' } } });
    const list = (await custom.listNamespacedCustomObject({ ...ksvcApi, namespace: 'watched' })) as any;
    const w = watchEvents('/apis/serving.knative.dev/v1/namespaces/watched/services', { resourceVersion: list.metadata.resourceVersion });
    await new Promise((r) => setTimeout(r, 200));
    await custom.createNamespacedCustomObject({ ...ksvcApi, namespace: 'watched', body: ksvc('w1') });
    await custom.patchNamespacedCustomObject(
      { ...ksvcApi, namespace: 'watched', name: 'w1', body: { metadata: { labels: { x: 'y' } } } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    await custom.deleteNamespacedCustomObject({ ...ksvcApi, namespace: 'watched', name: 'w1' });
    await waitFor(() => w.events.some((e) => e.type === 'DELETED'), 'DELETED');
    await w.stop();
    const types = w.events.filter((e) => e.name === 'w1').map((e) => e.type);
    expect(types[0]).toBe('ADDED');
    expect(types).toContain('MODIFIED');
    expect(types[types.length - 1]).toBe('DELETED');

    const resumeFrom = w.events[0].rv; // right after w1 was added
    await engine.restart();
    await custom.createNamespacedCustomObject({ ...ksvcApi, namespace: 'watched', body: ksvc('w2') });
    const resumed = watchEvents('/apis/serving.knative.dev/v1/namespaces/watched/services', { resourceVersion: resumeFrom });
    await waitFor(() => resumed.events.some((e) => e.name === 'w2'), 'w2 after restart');
    await resumed.stop();
    expect(resumed.events.map((e) => `${e.type} ${e.name}`)).toEqual(expect.arrayContaining(['MODIFIED w1', 'DELETED w1', 'ADDED w2']));
    expect(resumed.events.find((e) => e.name === 'w1')?.type).toBe('MODIFIED');
  });
});

describe('durability', () => {
  it('keeps an acknowledged create across kill -9 with the same uid and resourceVersion', async () => {
    const service = (await custom.createNamespacedCustomObject({ ...ksvcApi, namespace: 'default', body: ksvc('durable') })) as any;
    // A ConfigMap has no controller that could legitimately write it again after the restart.
    const cm = await core.createNamespacedConfigMap({ namespace: 'default', body: { metadata: { name: 'durable' }, data: { k: 'v' } } });
    await engine.kill();
    await engine.restart();
    const kc = engine.kubeConfig();
    const cmAfter = await kc.makeApiClient(CoreV1Api).readNamespacedConfigMap({ namespace: 'default', name: 'durable' });
    expect(cmAfter.metadata?.uid).toBe(cm.metadata?.uid);
    expect(cmAfter.metadata?.resourceVersion).toBe(cm.metadata?.resourceVersion);
    const serviceAfter = (await kc.makeApiClient(CustomObjectsApi).getNamespacedCustomObject({ ...ksvcApi, namespace: 'default', name: 'durable' })) as any;
    expect(serviceAfter.metadata.uid).toBe(service.metadata.uid);
    expect(serviceAfter.metadata.creationTimestamp).toBe(service.metadata.creationTimestamp);
  });
});
