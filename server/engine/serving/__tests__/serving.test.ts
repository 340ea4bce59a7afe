import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEngine, type EngineHandle } from '../../../../test/engine-harness';
import { retryOnConflict } from '../../../../test/retry-on-conflict';
import { clients, condition, get, getObject, group, ksvc, namespace, version, waitFor, waitReady } from './helpers';

let engine: EngineHandle;
beforeAll(async () => {
  engine = await startEngine();
});
afterAll(async () => {
  await engine?.stop();
});

const image = 'ghcr.io/knative/helloworld-go:latest';

describe('a Knative Service on the engine', () => {
  it('becomes Ready with its URL within seconds and answers through the ingress', async () => {
    const { custom } = clients(engine);
    const started = Date.now();
    await custom.createNamespacedCustomObject({
      group, version, namespace, plural: 'services',
      body: ksvc('hello', { template: { spec: { containers: [{ image, env: [{ name: 'TARGET', value: 'Test' }] }] } } }),
    });
    const svc = await waitReady(engine, 'hello');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(svc.status.url).toBe(`http://hello.default.localhost:${engine.ingressPort}`);
    expect(svc.status.address.url).toBe('http://hello.default.svc.cluster.local');
    expect(svc.status.latestReadyRevisionName).toBe('hello-00001');
    expect(svc.status.traffic).toEqual([{ revisionName: 'hello-00001', latestRevision: true, percent: 100 }]);
    expect(svc.spec.template.spec).toMatchObject({ containerConcurrency: 0, timeoutSeconds: 300 });
    expect(svc.spec.template.spec.containers[0].name).toBe('user-container');

    const res = await get(engine, 'hello.default.localhost');
    expect(res.status).toBe(200);
    expect(res.body).toMatch(/^Hello Test!\nRevision: hello-00001\nPod: hello-00001-deployment-/);
    expect((await get(engine, 'hello.default.svc.cluster.local')).status).toBe(200);
    const unknown = await get(engine, 'nobody.default.localhost');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toContain('nobody.default.localhost');
  });

  it('shows the Knative objects with their conditions', async () => {
    const rev = await getObject(engine, 'revisions', 'hello-00001');
    expect(rev.metadata.labels).toMatchObject({
      'serving.knative.dev/service': 'hello',
      'serving.knative.dev/configuration': 'hello',
      'serving.knative.dev/configurationGeneration': '1',
    });
    expect(condition(rev, 'Ready')?.status).toBe('True');
    expect(condition(rev, 'ResourcesAvailable')?.status).toBe('True');
    expect(condition(rev, 'ContainerHealthy')?.status).toBe('True');
    const route = await getObject(engine, 'routes', 'hello');
    expect(['AllTrafficAssigned', 'IngressReady', 'CertificateProvisioned', 'Ready'].map((t) => condition(route, t)?.status)).toEqual(['True', 'True', 'True', 'True']);
    const pa = await getObject(engine, 'podautoscalers', 'hello-00001', 'autoscaling.internal.knative.dev', 'v1alpha1');
    expect(pa.spec).toMatchObject({ scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'hello-00001-deployment' }, reachability: 'Reachable' });
  });

  it('runs pods with Knative labels whose log has the requests', async () => {
    const { core } = clients(engine);
    const pods = await core.listNamespacedPod({ namespace, labelSelector: 'serving.knative.dev/service=hello' });
    expect(pods.items).toHaveLength(1);
    const pod = pods.items[0];
    expect(pod.metadata?.labels?.['serving.knative.dev/revision']).toBe('hello-00001');
    expect(pod.spec?.containers[0].name).toBe('user-container');
    expect(pod.status?.phase).toBe('Running');
    expect(pod.metadata?.ownerReferences?.[0]).toMatchObject({ kind: 'Deployment', name: 'hello-00001-deployment' });
    await get(engine, 'hello.default.localhost', '/?from=logs-test');
    const file = `${engine.dataDir}/logs/default/${pod.metadata!.name}/user-container.log`;
    await waitFor('the request in the log', async () => readFileSync(file, 'utf8').includes('GET /?from=logs-test 200'));
    const log = await core.readNamespacedPodLog({ name: pod.metadata!.name!, namespace, container: 'user-container' });
    expect(log).toContain('GET /?from=logs-test 200');
  });

  it('makes hello-00002 on a template change and moves traffic to it', async () => {
    const { custom } = clients(engine);
    await retryOnConflict(async () => {
      const svc = await getObject(engine, 'services', 'hello');
      svc.spec.template.spec.containers[0].env = [{ name: 'TARGET', value: 'Second' }];
      return custom.replaceNamespacedCustomObject({ group, version, namespace, plural: 'services', name: 'hello', body: svc });
    });
    await waitFor('traffic on hello-00002', async () => (await get(engine, 'hello.default.localhost')).body.startsWith('Hello Second!\nRevision: hello-00002'));
    const ready = await waitReady(engine, 'hello');
    expect(ready.status.latestCreatedRevisionName).toBe('hello-00002');
    expect(ready.status.traffic).toEqual([{ revisionName: 'hello-00002', latestRevision: true, percent: 100 }]);
    const old = await getObject(engine, 'revisions', 'hello-00001');
    expect(old.metadata.labels['serving.knative.dev/routingState']).toBe('reserve');
  });

  it('serves tags on their own URL, 0% tags included', async () => {
    const { custom } = clients(engine);
    await retryOnConflict(async () => {
      const svc = await getObject(engine, 'services', 'hello');
      svc.spec.traffic = [
        { latestRevision: true, percent: 100 },
        { revisionName: 'hello-00001', percent: 0, tag: 'old' },
      ];
      return custom.replaceNamespacedCustomObject({ group, version, namespace, plural: 'services', name: 'hello', body: svc });
    });
    const ready = await waitFor('tag in status', async () => {
      const s = await getObject(engine, 'services', 'hello');
      return s.status.traffic?.length === 2 && condition(s, 'Ready')?.status === 'True' && s;
    });
    expect(ready.status.traffic[1]).toEqual({ tag: 'old', revisionName: 'hello-00001', latestRevision: false, percent: 0, url: `http://old-hello.default.localhost:${engine.ingressPort}` });
    expect(ready.status.latestCreatedRevisionName).toBe('hello-00002'); // traffic alone makes no revision
    const res = await waitFor('the old revision behind its tag', async () => {
      const r = await get(engine, 'old-hello.default.localhost');
      return r.status === 200 && r;
    });
    expect(res.body).toContain('Revision: hello-00001');
  });

  it('answers 504 when a request outlives the revision timeout', async () => {
    const { custom } = clients(engine);
    await custom.createNamespacedCustomObject({
      group, version, namespace, plural: 'services',
      body: ksvc('slow', { template: { spec: { timeoutSeconds: 1, containers: [{ image }] } } }),
    });
    await waitReady(engine, 'slow');
    const t0 = performance.now();
    const res = await get(engine, 'slow.default.localhost', '/?sleep=3000');
    expect(res.status).toBe(504);
    expect(res.body).toMatch(/request timeout/);
    expect(performance.now() - t0).toBeLessThan(2500);
    expect((await get(engine, 'slow.default.localhost', '/?sleep=100')).status).toBe(200);
  });

  it("rejects invalid specs with Knative's messages", async () => {
    const post = (body: unknown) =>
      engine.api(`/apis/${group}/${version}/namespaces/${namespace}/services`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const bad = await post(ksvc('bad', { template: { spec: { containers: [{ image }] } }, traffic: [{ latestRevision: true, percent: 90 }] }));
    expect(bad.status).toBe(422);
    const status = await bad.json();
    expect(status.message).toContain('Traffic targets sum to 90, want 100');
    expect(status.details.causes[0].field).toBe('spec.traffic');
    const cc = await post(ksvc('bad', { template: { spec: { containerConcurrency: 1001, containers: [{ image }] } } }));
    expect((await cc.json()).details.causes).toEqual([expect.objectContaining({ field: 'spec.template.spec.containerConcurrency', message: 'expected 0 <= 1001 <= 1000' })]);
  });
});

describe('an engine restart', () => {
  it('brings the pods of a killed engine back and serves again', async () => {
    const before = (await clients(engine).core.listNamespacedPod({ namespace, labelSelector: 'serving.knative.dev/service=hello' })).items;
    const oldPids = before.map((p) => p.status?.containerStatuses?.[0]?.containerID);
    await engine.kill();
    await engine.restart();
    const res = await waitFor('an answer after restart', async () => {
      const r = await get(engine, 'hello.default.localhost');
      return r.status === 200 && r;
    }, 15_000);
    expect(res.body).toContain('Revision: hello-00002');
    const after = (await clients(engine).core.listNamespacedPod({ namespace, labelSelector: 'serving.knative.dev/service=hello' })).items;
    expect(after.map((p) => p.status?.containerStatuses?.[0]?.containerID)).not.toEqual(oldPids);
  });
});
