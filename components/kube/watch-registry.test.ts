import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KubeList } from '@/lib/resources/types';
import { kubeKeys } from './query-keys';
import { retainWatch, watchState } from './watch-registry';

class FakeEventSource {
  static all: FakeEventSource[] = [];
  closed = false;
  onmessage?: (ev: { data: string }) => void;
  onerror?: () => void;
  constructor(readonly url: string) {
    FakeEventSource.all.push(this);
  }
  close() {
    this.closed = true;
  }
  emit(data: unknown) {
    this.onmessage?.({ data: JSON.stringify(data) });
  }
}

const open = () => FakeEventSource.all.filter((s) => !s.closed);
const svc = (name: string, rv: string) => ({ apiVersion: 'serving.knative.dev/v1', kind: 'Service', metadata: { name, uid: `u-${name}`, resourceVersion: rv } });

beforeEach(() => {
  FakeEventSource.all = [];
  vi.useFakeTimers();
  vi.stubGlobal('EventSource', FakeEventSource);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('watch registry', () => {
  it('multiplexes every kind of a namespace over one stream and reopens it as kinds come and go', () => {
    const qc = new QueryClient();
    const releaseA = retainWatch(qc, 'services', 'default');
    const releaseB = retainWatch(qc, 'revisions', 'default');
    const releaseA2 = retainWatch(qc, 'services', 'default'); // a second component on the same kind
    vi.advanceTimersByTime(50);
    expect(open().map((s) => s.url)).toEqual(['/api/watch-many?kinds=revisions%2Cservices&namespace=default']);

    releaseB();
    vi.advanceTimersByTime(50);
    expect(open().map((s) => s.url)).toEqual(['/api/watch-many?kinds=services&namespace=default']);

    releaseA();
    vi.advanceTimersByTime(50);
    expect(open()).toHaveLength(1); // still held by the second component
    releaseA2();
    vi.advanceTimersByTime(50);
    expect(open()).toHaveLength(0);
  });

  it('merges the stream into the cache and reports a kind live once its snapshot arrived', () => {
    const qc = new QueryClient();
    const release = retainWatch(qc, 'services', 'ns1');
    vi.advanceTimersByTime(50);
    const [source] = open();
    expect(watchState('services', 'ns1').connected).toBe(false);
    source.emit({ kind: 'services', type: 'SYNC', items: [svc('a', '3')], resourceVersion: '5' });
    expect(watchState('services', 'ns1').connected).toBe(true);
    source.emit({ kind: 'services', type: 'ADDED', object: svc('b', '6') });
    source.emit({ kind: 'services', type: 'MODIFIED', object: svc('a', '2') }); // stale: dropped
    const list = qc.getQueryData<KubeList>(kubeKeys.list('services', 'ns1'))!;
    expect(list.items.map((i) => `${i.metadata.name}@${i.metadata.resourceVersion}`)).toEqual(['a@3', 'b@6']);
    source.emit({ kind: 'services', type: 'ERROR', status: { kind: 'Status', apiVersion: 'v1', status: 'Failure', code: 403, reason: 'Forbidden', message: 'no' } });
    expect(watchState('services', 'ns1').error?.code).toBe(403);
    release();
  });

  it('keeps cluster-scoped kinds on their own stream, whatever namespace the page is in', () => {
    const qc = new QueryClient();
    const r1 = retainWatch(qc, 'namespaces', 'default');
    const r2 = retainWatch(qc, 'namespaces', 'other');
    vi.advanceTimersByTime(50);
    expect(open().map((s) => s.url)).toEqual(['/api/watch-many?kinds=namespaces']);
    r1();
    r2();
  });
});
