import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEngine, type EngineHandle } from '../../../../../test/engine-harness';
import { eventually, startSink } from './sink-server';

/** The sources through the engine's API, as kubectl or the console would create them. */
let engine: EngineHandle;
let sink: Awaited<ReturnType<typeof startSink>>;

const create = async (path: string, body: unknown) => {
  const res = await engine.api(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
};
const get = async (path: string) => (await engine.api(path)).json();

beforeAll(async () => {
  sink = await startSink();
  engine = await startEngine();
}, 60_000);

afterAll(async () => {
  await engine?.stop();
  await sink?.close();
});

describe('sources through the engine API', () => {
  it('rejects an invalid PingSource with the field and the reason', async () => {
    const res = await create('/apis/sources.knative.dev/v1/namespaces/default/pingsources', {
      apiVersion: 'sources.knative.dev/v1',
      kind: 'PingSource',
      metadata: { name: 'bad' },
      spec: { schedule: '@every 1m', sink: { uri: sink.url } },
    });
    expect(res.status).toBe(422);
    expect(res.body.details.causes).toContainEqual(expect.objectContaining({ field: 'spec.schedule', message: 'invalid value: unsupported descriptor @every' }));
  });

  it('a PingSource `*/2 * * * * *` delivers to a local HTTP sink and reports Ready with its sinkUri', async () => {
    const res = await create('/apis/sources.knative.dev/v1/namespaces/default/pingsources', {
      apiVersion: 'sources.knative.dev/v1',
      kind: 'PingSource',
      metadata: { name: 'ping' },
      spec: { schedule: '*/2 * * * * *', data: '{"hello":"world"}', contentType: 'application/json', sink: { uri: sink.url } },
    });
    expect(res.status).toBe(201);
    const first = (await sink.waitFor(1, 8000)).find((e) => e.headers['ce-type'] === 'dev.knative.sources.ping');
    expect(first?.headers['ce-source']).toBe('/apis/v1/namespaces/default/pingsources/ping');
    const obj = await eventually(async () => {
      const o = await get('/apis/sources.knative.dev/v1/namespaces/default/pingsources/ping');
      return o.status?.sinkUri ? o : undefined;
    });
    expect(obj.status.sinkUri).toBe(sink.url);
    expect(obj.status.conditions.find((c: { type: string }) => c.type === 'Ready').status).toBe('True');
    await engine.api('/apis/sources.knative.dev/v1/namespaces/default/pingsources/ping', { method: 'DELETE' });
  });

  it('an ApiServerSource sends an event when a ConfigMap is created', async () => {
    await create('/apis/sources.knative.dev/v1/namespaces/default/apiserversources', {
      apiVersion: 'sources.knative.dev/v1',
      kind: 'ApiServerSource',
      metadata: { name: 'cms' },
      spec: { resources: [{ apiVersion: 'v1', kind: 'ConfigMap' }], sink: { uri: sink.url } },
    });
    await eventually(async () => {
      const o = await get('/apis/sources.knative.dev/v1/namespaces/default/apiserversources/cms');
      return o.status?.conditions?.find((c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True');
    });
    await create('/api/v1/namespaces/default/configmaps', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'hello' }, data: { a: 'b' } });
    const event = await eventually(() => sink.events.find((e) => e.headers['ce-type'] === 'dev.knative.apiserver.ref.add' && e.headers['ce-name'] === 'hello'));
    expect(event.headers['ce-subject']).toBe('/apis/v1/namespaces/default/configmaps/hello');
    // The API's advertised URL (the kubeconfig's server), as Knative uses the apiserver's.
    expect(event.headers['ce-source']).toBe(`https://127.0.0.1:${engine.apiPort}`);
  });

  it('a SinkBinding injects K_SINK into a Deployment template', async () => {
    await create('/apis/apps/v1/namespaces/default/deployments', {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'bound', labels: { app: 'bound' } },
      spec: { replicas: 0, selector: { matchLabels: { app: 'bound' } }, template: { metadata: { labels: { app: 'bound' } }, spec: { containers: [{ name: 'c', image: 'example.com/app' }] } } },
    });
    const res = await create('/apis/sources.knative.dev/v1/namespaces/default/sinkbindings', {
      apiVersion: 'sources.knative.dev/v1',
      kind: 'SinkBinding',
      metadata: { name: 'bind' },
      spec: { subject: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'bound' }, sink: { uri: sink.url } },
    });
    expect(res.status).toBe(201);
    const env = await eventually(async () => {
      const d = await get('/apis/apps/v1/namespaces/default/deployments/bound');
      return d.spec.template.spec.containers[0].env?.find((e: { name: string }) => e.name === 'K_SINK');
    });
    expect(env.value).toBe(sink.url);
  });
  it('a ContainerSource runs the heartbeats emitter, whose events reach the sink', async () => {
    const res = await create('/apis/sources.knative.dev/v1/namespaces/default/containersources', {
      apiVersion: 'sources.knative.dev/v1',
      kind: 'ContainerSource',
      metadata: { name: 'beats' },
      spec: {
        template: { spec: { containers: [{ name: 'heartbeats', image: 'gcr.io/knative-releases/knative.dev/eventing/cmd/heartbeats', env: [{ name: 'PERIOD', value: '1' }] }] } },
        sink: { uri: sink.url },
        ceOverrides: { extensions: { team: 'blue' } },
      },
    });
    expect(res.status).toBe(201);
    const beat = await eventually(
      () => sink.events.find((e) => e.headers['ce-type'] === 'dev.knative.eventing.samples.heartbeat'),
      20_000,
      'a heartbeat',
    );
    expect(beat.headers['ce-source']).toMatch(/^https:\/\/knative.dev\/eventing\/cmd\/heartbeats\/#default\/beats-deployment-/);
    expect(beat.headers['ce-team']).toBe('blue');
    expect(JSON.parse(beat.body)).toMatchObject({ id: expect.any(Number), label: '' });
    const source = await eventually(async () => {
      const o = await get('/apis/sources.knative.dev/v1/namespaces/default/containersources/beats');
      return o.status?.sinkUri ? o : undefined;
    });
    expect(source.status.sinkUri).toBe(sink.url);
  }, 40_000);
});
