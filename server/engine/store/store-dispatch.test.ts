import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../resources/types';
import { Store } from './store';

const cm = (name: string) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'default' } }) as KubeObject;

describe('store event delivery', () => {
  it('delivers events in resourceVersion order to every listener, even when a listener writes', () => {
    const store = new Store(mkdtempSync(path.join(os.tmpdir(), 'store-')));
    // A controller-like listener that writes while it hears an event.
    store.watch((ev) => {
      if (ev.type === 'ADDED' && ev.object.metadata.name === 'a') store.create('/configmaps', cm('b'));
    });
    const heard: number[] = [];
    store.watch((ev) => heard.push(ev.resourceVersion));
    store.create('/configmaps', cm('a'));
    expect(heard).toEqual([1, 2]);
    store.close();
  });

  it('does not deliver an event twice to a watch that replayed it from history', () => {
    const store = new Store(mkdtempSync(path.join(os.tmpdir(), 'store-')));
    const heard: number[] = [];
    store.watch((ev) => {
      if (ev.object.metadata.name === 'a') store.create('/configmaps', cm('b'));
      if (ev.object.metadata.name === 'b') store.watch((e) => heard.push(e.resourceVersion), 1);
    });
    store.create('/configmaps', cm('a'));
    store.create('/configmaps', cm('c'));
    expect(heard).toEqual([2, 3]);
    store.close();
  });
});
