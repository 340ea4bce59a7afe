import { describe, expect, it } from 'vitest';
import { SeriesStore, frameInScope } from './series-store';
import type { MetricsFrame } from './types';

const frame = (t: number, ns = 'default', service = 'hello'): MetricsFrame => ({
  t,
  revisions: [{ key: `${ns}/${service}-00001`, ref: { namespace: ns, service, configuration: service, revision: `${service}-00001` }, point: { t, desired: t } }],
  services: [{ key: `${ns}/${service}`, ref: { namespace: ns, service }, point: { t, desired: t } }],
  flows: [{ key: `${ns}/trigger/tr`, ref: { namespace: ns, kind: 'trigger', name: 'tr', parent: 'default' }, point: { t, delivered: 1 } }],
});

describe('SeriesStore', () => {
  it('keeps each series bounded and answers the points since a time', () => {
    const store = new SeriesStore(5, 1_000_000);
    for (let t = 1; t <= 8; t++) store.add(frame(t));
    const snap = store.snapshot({ namespace: 'default' }, 6);
    expect(snap.revisions['default/hello-00001'].points.map((p) => p.t)).toEqual([6, 7, 8]);
    expect(store.snapshot({ namespace: 'default' }, 0).services['default/hello'].points).toHaveLength(5);
  });

  it('scopes by namespace and service; flows only at namespace level', () => {
    const store = new SeriesStore();
    store.add(frame(1, 'default', 'hello'));
    store.add(frame(1, 'default', 'other'));
    store.add(frame(1, 'team', 'hello'));
    const svc = store.snapshot({ namespace: 'default', service: 'hello' }, 0);
    expect(Object.keys(svc.revisions)).toEqual(['default/hello-00001']);
    expect(svc.flows).toEqual({});
    expect(Object.keys(store.snapshot({ namespace: 'default' }, 0).services).sort()).toEqual(['default/hello', 'default/other']);
  });

  it('drops a series not seen for longer than the retention', () => {
    const store = new SeriesStore(100, 10);
    store.add(frame(1, 'default', 'gone'));
    store.add({ ...frame(20, 'default', 'hello') });
    expect(Object.keys(store.snapshot({ namespace: 'default' }, 0).services)).toEqual(['default/hello']);
  });
});

describe('frameInScope', () => {
  it('cuts a frame to a service', () => {
    const f = frameInScope({ ...frame(1), services: [...frame(1).services, ...frame(1, 'default', 'x').services] }, { namespace: 'default', service: 'hello' });
    expect(f.services.map((s) => s.key)).toEqual(['default/hello']);
    expect(f.flows).toEqual([]);
  });
});
