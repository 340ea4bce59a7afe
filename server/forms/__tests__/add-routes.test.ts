import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEngine, type EngineHandle } from '@/test/engine-harness';
import type { KubeStatus } from '@/lib/resources/types';

/**
 * The Add forms' route handlers against a real engine: what the browser gets back
 * (created objects, or Statuses whose causes name the form's fields).
 */
let engine: EngineHandle;
type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
let routes: Record<'deployImage' | 'pingSource' | 'broker' | 'importYaml' | 'apiServer' | 'sinkBinding' | 'container' | 'channel', Handler>;

const ns = 'forms';
const call = async (h: Handler, body: unknown) => {
  const res = await h(new Request('http://console/api/add', { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }), { params: Promise.resolve({}) });
  return { code: res.status, body: (await res.json()) as Record<string, unknown> };
};

beforeAll(async () => {
  engine = await startEngine();
  process.env.CONSOLE_DATA_DIR = engine.dataDir;
  delete process.env.CONSOLE_CLUSTER;
  await engine.api('/api/v1/namespaces', { method: 'POST', body: JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } }), headers: { 'content-type': 'application/json' } });
  routes = {
    deployImage: (await import('@/app/api/add/deploy-image/route')).POST as Handler,
    pingSource: (await import('@/app/api/add/ping-source/route')).POST as Handler,
    broker: (await import('@/app/api/add/broker/route')).POST as Handler,
    importYaml: (await import('@/app/api/add/import-yaml/route')).POST as Handler,
    apiServer: (await import('@/app/api/add/apiserver-source/route')).POST as Handler,
    sinkBinding: (await import('@/app/api/add/sink-binding/route')).POST as Handler,
    container: (await import('@/app/api/add/container-source/route')).POST as Handler,
    channel: (await import('@/app/api/add/channel/route')).POST as Handler,
  };
}, 60_000);

afterAll(async () => {
  await engine?.stop();
  if (engine) rmSync(engine.dataDir, { recursive: true, force: true });
});

describe('Add routes', () => {
  it('creates the ksvc kn would, then answers AlreadyExists on the name', async () => {
    const input = { namespace: ns, name: 'hello', image: 'docker.io/knative/helloworld', env: [{ source: 'value', name: 'TARGET', value: 'x' }], scaling: { min: 1 } };
    const created = await call(routes.deployImage, input);
    expect(created.code).toBe(200);
    expect(created.body).toMatchObject({ kind: 'Service', metadata: { name: 'hello', namespace: ns } });
    const again = await call(routes.deployImage, input);
    expect(again.code).toBe(409);
    expect((again.body as unknown as KubeStatus).details?.causes).toEqual([expect.objectContaining({ field: 'name', message: expect.stringContaining('already exists') })]);
  });

  it('refuses what the schema refuses with 422 causes on form fields, creating nothing', async () => {
    const bad = await call(routes.deployImage, { namespace: ns, name: 'Bad', image: 'nope:' });
    expect(bad.code).toBe(422);
    const fields = ((bad.body as unknown as KubeStatus).details?.causes ?? []).map((c) => c.field).sort();
    expect(fields).toEqual(['image', 'name']);
  });

  it("re-addresses the engine's own validation to the form field", async () => {
    // Valid JSON, so the form lets it through; PingSource admission wants a JSON object.
    const res = await call(routes.pingSource, { namespace: ns, name: 'tick', schedule: '* * * * *', data: '[1]', contentType: 'application/json', sink: { type: 'ref', kind: 'Service', name: 'hello' } });
    expect(res.code).toBe(422);
    expect((res.body as unknown as KubeStatus).details?.causes).toEqual([expect.objectContaining({ field: 'data' })]);
    const list = await (await engine.api(`/apis/sources.knative.dev/v1/namespaces/${ns}/pingsources`)).json() as { items: unknown[] };
    expect(list.items).toHaveLength(0);
  });

  it('creates a broker with its delivery', async () => {
    const res = await call(routes.broker, { namespace: ns, name: 'default', delivery: { retry: 2, backoffDelay: 'PT1S', deadLetterSink: { type: 'uri', uri: 'http://dls.example.com' } } });
    expect(res.code).toBe(200);
    expect(res.body).toMatchObject({ spec: { delivery: { retry: 2, backoffDelay: 'PT1S', deadLetterSink: { uri: 'http://dls.example.com' } } } });
  });

  it('creates each source kind and a channel the engine accepts as kn would send them', async () => {
    const sink = { type: 'ref', kind: 'Service', name: 'hello' };
    const results = await Promise.all([
      call(routes.apiServer, { namespace: ns, name: 'watch', resources: [{ apiVersion: 'v1', kind: 'Event' }], mode: 'Resource', sink }),
      call(routes.sinkBinding, { namespace: ns, name: 'bind', subject: { apiVersion: 'apps/v1', kind: 'Deployment', by: 'selector', selector: 'app=x' }, sink }),
      call(routes.container, { namespace: ns, name: 'beats', image: 'ghcr.io/knative/heartbeats', args: ['--period=5'], sink }),
      call(routes.channel, { namespace: ns, name: 'orders' }),
    ]);
    expect(results.map((r) => [r.code, (r.body as { kind?: string }).kind])).toEqual([[200, 'ApiServerSource'], [200, 'SinkBinding'], [200, 'ContainerSource'], [200, 'Channel']]);
  });

  it('imports YAML: creates, updates, reports unchanged and per-document errors', async () => {
    const doc = (v: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata: {mode: "${v}"}\n`;
    const unknownKind = 'apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n';
    const first = await call(routes.importYaml, { namespace: ns, yaml: `${doc('a')}---\n${unknownKind}---\nkind: Broker\n` });
    expect(first.code).toBe(200);
    const rows = first.body.results as { index: number; kind: string; name: string; namespace?: string; outcome: string; message: string }[];
    expect(rows.map((r) => [r.index, r.kind, r.outcome])).toEqual([[1, 'ConfigMap', 'created'], [2, 'Widget', 'error'], [3, 'Broker', 'error']]);
    expect(rows[0].namespace).toBe(ns);
    expect(rows[2].message).toBe('missing apiVersion');

    const updated = await call(routes.importYaml, { namespace: ns, yaml: doc('b') });
    expect((updated.body.results as { outcome: string }[])[0].outcome).toBe('updated');
    const same = await call(routes.importYaml, { namespace: ns, yaml: doc('b') });
    expect((same.body.results as { outcome: string }[])[0].outcome).toBe('unchanged');
  });
});
