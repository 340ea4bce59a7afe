import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EnginePart } from '../../../context';
import type { Condition } from '../../../controller/conditions';
import { IngressRouter } from '../../../dataplane/router';
import type { KubeObject } from '../../../resources/types';
import { Store } from '../../../store/store';
import { closeSendPool } from '../../dispatch/send';
import { SOURCES_GR } from '../gr';
import { startSources } from '../index';
import { eventually, startSink } from './sink-server';

/**
 * The source controllers against a real store and a real HTTP sink, in one
 * process (no API server, so no admission: specs are written as admission
 * would leave them).
 */
let dir: string;
let store: Store;
let sources: EnginePart;
let sink: Awaited<ReturnType<typeof startSink>>;

const ready = (obj: KubeObject | undefined) => obj?.status?.conditions?.find((c: Condition) => c.type === 'Ready');

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sources-'));
  store = new Store(dir);
  store.create('/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'ns' } });
  sink = await startSink();
  sources = await startSources({
    store,
    config: { host: '127.0.0.1', apiPort: 6999, ingressPort: 1, dataDir: dir },
    registry: new Registry(),
    ingress: new IngressRouter(),
  });
});

afterAll(async () => {
  await sources?.stop();
  await sink?.close();
  await closeSendPool();
  store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('sources (in process)', () => {
  it('a PingSource with a seconds field sends dev.knative.sources.ping events to its sink and reports Ready', async () => {
    store.create(SOURCES_GR.pingsources, {
      apiVersion: 'sources.knative.dev/v1',
      kind: 'PingSource',
      metadata: { name: 'every2s', namespace: 'ns' },
      spec: {
        schedule: '*/2 * * * * *',
        contentType: 'application/json',
        data: '{"message":"Hello world!"}',
        ceOverrides: { extensions: { team: 'blue' } },
        sink: { uri: sink.url },
      },
    });
    const [first] = await sink.waitFor(1, 6000);
    expect(first.headers['ce-type']).toBe('dev.knative.sources.ping');
    expect(first.headers['ce-source']).toBe('/apis/v1/namespaces/ns/pingsources/every2s');
    expect(first.headers['ce-team']).toBe('blue');
    expect(first.headers['content-type']).toBe('application/json');
    expect(JSON.parse(first.body)).toEqual({ message: 'Hello world!' });
    const obj = store.get(SOURCES_GR.pingsources, 'ns', 'every2s');
    expect(ready(obj)?.status).toBe('True');
    expect(obj?.status.sinkUri).toBe(sink.url);

    store.delete(SOURCES_GR.pingsources, 'ns', 'every2s');
    await new Promise((r) => setTimeout(r, 600)); // a tick already in its random delay may still land
    const after = sink.events.length;
    await new Promise((r) => setTimeout(r, 2500));
    expect(sink.events.length).toBe(after);
  });

  it('a PingSource whose sink does not resolve is not Ready and says why', async () => {
    store.create(SOURCES_GR.pingsources, {
      apiVersion: 'sources.knative.dev/v1',
      kind: 'PingSource',
      metadata: { name: 'nosink', namespace: 'ns' },
      spec: { schedule: '* * * * *', sink: { ref: { apiVersion: 'serving.knative.dev/v1', kind: 'Service', name: 'missing' } } },
    });
    const cond = await eventually(() => {
      const c = ready(store.get(SOURCES_GR.pingsources, 'ns', 'nosink'));
      return c?.status === 'False' ? c : undefined;
    });
    expect(cond.reason).toBe('NotFound');
    expect(cond.message).toContain('"missing" not found');
  });

  it('an ApiServerSource sends ref events for ConfigMaps it watches, and only those', async () => {
    const before = sink.events.length;
    store.create(SOURCES_GR.apiserversources, {
      apiVersion: 'sources.knative.dev/v1',
      kind: 'ApiServerSource',
      metadata: { name: 'cms', namespace: 'ns' },
      spec: { mode: 'Reference', resources: [{ apiVersion: 'v1', kind: 'ConfigMap', selector: { matchLabels: { watched: 'yes' } } }], sink: { uri: sink.url } },
    });
    await eventually(() => (ready(store.get(SOURCES_GR.apiserversources, 'ns', 'cms'))?.status === 'True' ? true : undefined));
    store.create('/configmaps', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'ignored', namespace: 'ns' }, data: {} });
    store.create('/configmaps', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg', namespace: 'ns', labels: { watched: 'yes' } }, data: { a: '1' } });
    store.delete('/configmaps', 'ns', 'cfg');
    const events = (await sink.waitFor(before + 2)).slice(before);
    expect(events.map((e) => e.headers['ce-type'])).toEqual(['dev.knative.apiserver.ref.add', 'dev.knative.apiserver.ref.delete']);
    expect(events[0].headers).toMatchObject({
      'ce-source': 'https://127.0.0.1:6999',
      'ce-subject': '/apis/v1/namespaces/ns/configmaps/cfg',
      'ce-kind': 'ConfigMap',
      'ce-name': 'cfg',
      'ce-namespace': 'ns',
      'ce-apiversion': 'v1',
    });
    expect(JSON.parse(events[0].body)).toEqual({ apiVersion: 'v1', kind: 'ConfigMap', name: 'cfg', namespace: 'ns' });
    store.delete(SOURCES_GR.apiserversources, 'ns', 'cms');
  });

  it('a SinkBinding injects K_SINK and K_CE_OVERRIDES into a Deployment, and takes them back when deleted', async () => {
    store.create(SOURCES_GR.deployments, {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'app', namespace: 'ns', labels: { app: 'app' } },
      spec: { replicas: 1, selector: { matchLabels: { app: 'app' } }, template: { metadata: { labels: { app: 'app' } }, spec: { containers: [{ name: 'c', image: 'x', env: [{ name: 'A', value: '1' }] }] } } },
    });
    store.create(SOURCES_GR.sinkbindings, {
      apiVersion: 'sources.knative.dev/v1',
      kind: 'SinkBinding',
      metadata: { name: 'bind', namespace: 'ns' },
      spec: {
        subject: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'ns', selector: { matchLabels: { app: 'app' } } },
        sink: { uri: sink.url },
        ceOverrides: { extensions: { env: 'dev' } },
      },
    });
    const env = await eventually(() => {
      const e = store.get(SOURCES_GR.deployments, 'ns', 'app')?.spec.template.spec.containers[0].env;
      return e?.length > 1 ? e : undefined;
    });
    expect(env).toEqual([
      { name: 'A', value: '1' },
      { name: 'K_SINK', value: sink.url },
      { name: 'K_CE_OVERRIDES', value: '{"extensions":{"env":"dev"}}' },
      { name: 'K_INGRESS', value: '127.0.0.1:1' },
    ]);
    expect(ready(store.get(SOURCES_GR.sinkbindings, 'ns', 'bind'))?.status).toBe('True');

    store.delete(SOURCES_GR.sinkbindings, 'ns', 'bind');
    const restored = await eventually(() => {
      const e = store.get(SOURCES_GR.deployments, 'ns', 'app')?.spec.template.spec.containers[0].env;
      return e?.length === 1 ? e : undefined;
    });
    expect(restored).toEqual([{ name: 'A', value: '1' }]);
  });

  it('a ContainerSource creates NAME-deployment and NAME-sinkbinding, and the Deployment gets K_SINK', async () => {
    store.create(SOURCES_GR.containersources, {
      apiVersion: 'sources.knative.dev/v1',
      kind: 'ContainerSource',
      metadata: { name: 'beats', namespace: 'ns', uid: 'will-be-replaced' },
      spec: { template: { spec: { containers: [{ name: 'hb', image: 'example.com/heartbeats' }] } }, sink: { uri: sink.url } },
    });
    const deployment = await eventually(() => {
      const d = store.get(SOURCES_GR.deployments, 'ns', 'beats-deployment');
      return d?.spec.template.spec.containers[0].env?.some((e: { name: string }) => e.name === 'K_SINK') ? d : undefined;
    });
    expect(deployment.metadata.ownerReferences?.[0]).toMatchObject({ kind: 'ContainerSource', name: 'beats', controller: true });
    const binding = store.get(SOURCES_GR.sinkbindings, 'ns', 'beats-sinkbinding');
    expect(binding?.spec.subject).toMatchObject({ kind: 'Deployment', name: 'beats-deployment' });
    const source = await eventually(() => {
      const s = store.get(SOURCES_GR.containersources, 'ns', 'beats');
      return s?.status?.sinkUri ? s : undefined;
    });
    expect(source.status.sinkUri).toBe(sink.url);
    expect(source.status.conditions.find((c: Condition) => c.type === 'SinkBindingReady')?.status).toBe('True');

    store.delete(SOURCES_GR.containersources, 'ns', 'beats');
    expect(store.get(SOURCES_GR.deployments, 'ns', 'beats-deployment')).toBeUndefined();
    expect(store.get(SOURCES_GR.sinkbindings, 'ns', 'beats-sinkbinding')).toBeUndefined();
  });
});
