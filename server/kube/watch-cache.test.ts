import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { KubeObject, WatchMessage } from '@/lib/resources/types';

/** A scripted API server: each list returns the next snapshot; each watch runs the next script. */
const server = vi.hoisted(() => ({
  lists: [] as { items: KubeObject[]; resourceVersion: string }[],
  watches: [] as ((emit: (type: string, obj: unknown) => void, done: (err: unknown) => void) => void)[],
  watchCalls: [] as { path: string; resourceVersion: string }[],
}));

vi.mock('./kubeconfig', () => ({ loadKubeConfig: () => ({ kc: {}, mode: 'engine', contextName: 'embedded engine' }) }));
vi.mock('./client', async () => {
  const { kinds } = await import('@/lib/resources/kinds');
  return {
    kindDef: (id: string) => (kinds as Record<string, unknown>)[id],
    listResource: async () => server.lists.shift() ?? { items: [], resourceVersion: '999' },
  };
});
vi.mock('@kubernetes/client-node', () => ({
  Watch: class {
    async watch(path: string, query: { resourceVersion: string }, emit: (t: string, o: unknown) => void, done: (e: unknown) => void) {
      server.watchCalls.push({ path, resourceVersion: query.resourceVersion });
      const script = server.watches.shift();
      const controller = new AbortController();
      // Like client-node: aborting the request ends the stream and calls done once.
      let finished = false;
      const once = (err: unknown) => { if (!finished) { finished = true; done(err); } };
      controller.signal.addEventListener('abort', () => once(Object.assign(new Error('aborted'), { name: 'AbortError' })));
      if (script) setTimeout(() => script(emit, once), 0);
      return controller;
    }
  },
}));

const svc = (name: string, rv: string): KubeObject => ({ apiVersion: 'serving.knative.dev/v1', kind: 'Service', metadata: { name, uid: `u-${name}`, resourceVersion: rv } });
const until = async (pred: () => boolean) => {
  for (let i = 0; i < 100 && !pred(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(pred()).toBe(true);
};

beforeEach(() => {
  server.lists = [];
  server.watches = [];
  server.watchCalls = [];
});

describe('watch cache', () => {
  it('resumes from the last resourceVersion when a watch ends, and re-lists on 410 Gone', async () => {
    const { subscribe } = await import('./watch-cache');
    server.lists.push({ items: [svc('a', '5')], resourceVersion: '10' }, { items: [svc('b', '40')], resourceVersion: '50' });
    server.watches.push(
      (emit, done) => { emit('ADDED', svc('c', '11')); done(null); }, // server closes the stream normally
      (emit) => emit('ERROR', { kind: 'Status', code: 410, reason: 'Expired', message: 'too old resource version: 11' }),
    );
    const seen: WatchMessage[] = [];
    const stop = subscribe('services', 'ns-resume', (m) => seen.push(m));

    await until(() => seen.filter((m) => m.type === 'SYNC').length === 2);
    expect(server.watchCalls.map((c) => c.resourceVersion).slice(0, 2)).toEqual(['10', '11']);
    expect(server.watchCalls[0].path).toBe('/apis/serving.knative.dev/v1/namespaces/ns-resume/services');
    const [first, , second] = seen;
    expect(first).toEqual({ type: 'SYNC', items: [svc('a', '5')], resourceVersion: '10' });
    expect(seen[1]).toMatchObject({ type: 'ADDED', object: { metadata: { name: 'c' } } });
    // After the 410 the cache holds exactly the fresh list, not a merge with stale objects.
    expect(second).toEqual({ type: 'SYNC', items: [svc('b', '40')], resourceVersion: '50' });
    await until(() => server.watchCalls.length === 3);
    expect(server.watchCalls[2].resourceVersion).toBe('50');
    stop();
  });

  it('hands a late subscriber the current objects, then only changes', async () => {
    const { subscribe } = await import('./watch-cache');
    server.lists.push({ items: [svc('a', '5')], resourceVersion: '10' });
    server.watches.push((emit) => { emit('MODIFIED', svc('a', '12')); emit('DELETED', svc('a', '13')); emit('ADDED', svc('d', '14')); });
    const early: WatchMessage[] = [];
    const stopEarly = subscribe('services', 'ns-late', (m) => early.push(m));
    await until(() => early.length === 4);
    const late: WatchMessage[] = [];
    const stopLate = subscribe('services', 'ns-late', (m) => late.push(m));
    expect(late).toEqual([{ type: 'SYNC', items: [svc('d', '14')], resourceVersion: '14' }]);
    stopEarly();
    stopLate();
  });

  it('reports a failing list as an ERROR Status and retries', async () => {
    const client = await import('./client');
    const spy = vi.spyOn(client, 'listResource').mockRejectedValueOnce({ code: 403, body: JSON.stringify({ kind: 'Status', apiVersion: 'v1', status: 'Failure', code: 403, reason: 'Forbidden', message: 'brokers is forbidden' }) });
    const { subscribe } = await import('./watch-cache');
    const seen: WatchMessage[] = [];
    const stop = subscribe('brokers', 'ns-err', (m) => seen.push(m));
    await until(() => seen.some((m) => m.type === 'SYNC'));
    expect(seen[0]).toMatchObject({ type: 'ERROR', status: { code: 403, message: 'brokers is forbidden' } });
    stop();
    spy.mockRestore();
  });
});
