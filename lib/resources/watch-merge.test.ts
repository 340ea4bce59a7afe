import { describe, expect, it } from 'vitest';
import { compareResourceVersions, mergeWatchMessage, mergeWatchObject } from './watch-merge';
import type { KubeList, KubeObject } from './types';

const o = (name: string, uid: string, rv: string, extra: Record<string, unknown> = {}): KubeObject => ({
  apiVersion: 'serving.knative.dev/v1', kind: 'Service', metadata: { name, uid, resourceVersion: rv }, ...extra,
});
const list = (rv: string, ...items: KubeObject[]): KubeList => ({ items, resourceVersion: rv });

describe('compareResourceVersions', () => {
  it('compares numerically, not as strings', () => {
    expect(compareResourceVersions('9', '10')).toBe(-1);
    expect(compareResourceVersions('10', '9')).toBe(1);
    expect(compareResourceVersions('7', '7')).toBe(0);
    expect(compareResourceVersions(undefined, '1')).toBe(-1);
  });
});

describe('mergeWatchMessage', () => {
  const base = list('10', o('a', 'u-a', '5'), o('b', 'u-b', '10'));

  it('adds a new object and advances the list resourceVersion', () => {
    const next = mergeWatchMessage(base, { type: 'ADDED', object: o('c', 'u-c', '11') })!;
    expect(next.items.map((i) => i.metadata.name)).toEqual(['a', 'b', 'c']);
    expect(next.resourceVersion).toBe('11');
  });

  it('replaces a modified object by uid', () => {
    const next = mergeWatchMessage(base, { type: 'MODIFIED', object: o('a', 'u-a', '12', { spec: { x: 1 } }) })!;
    expect(next.items[0].spec).toEqual({ x: 1 });
  });

  it('drops an event that is not newer than the cached object', () => {
    expect(mergeWatchMessage(base, { type: 'MODIFIED', object: o('b', 'u-b', '9', { spec: { old: true } }) })).toBe(base);
    expect(mergeWatchMessage(base, { type: 'MODIFIED', object: o('b', 'u-b', '10', { spec: { same: true } }) })).toBe(base);
  });

  it('drops an ADDED older than the list (already reflected in it)', () => {
    expect(mergeWatchMessage(base, { type: 'ADDED', object: o('z', 'u-z', '8') })).toBe(base);
  });

  it('removes a deleted object, and ignores a stale delete', () => {
    expect(mergeWatchMessage(base, { type: 'DELETED', object: o('a', 'u-a', '13') })!.items.map((i) => i.metadata.name)).toEqual(['b']);
    expect(mergeWatchMessage(base, { type: 'DELETED', object: o('b', 'u-b', '4') })).toBe(base);
  });

  it('treats a recreated object (same name, new uid) as new', () => {
    const next = mergeWatchMessage(list('20'), { type: 'ADDED', object: o('a', 'u-a2', '21') })!;
    expect(next.items[0].metadata.uid).toBe('u-a2');
  });

  it('replaces the list on SYNC unless the snapshot is older', () => {
    expect(mergeWatchMessage(base, { type: 'SYNC', items: [o('q', 'u-q', '30')], resourceVersion: '30' })!.items).toHaveLength(1);
    expect(mergeWatchMessage(base, { type: 'SYNC', items: [], resourceVersion: '3' })).toBe(base);
    expect(mergeWatchMessage(undefined, { type: 'SYNC', items: [], resourceVersion: '3' })).toEqual({ items: [], resourceVersion: '3' });
  });

  it('waits for the initial list before applying events', () => {
    expect(mergeWatchMessage(undefined, { type: 'ADDED', object: o('a', 'u', '1') })).toBeUndefined();
  });
});

describe('mergeWatchObject', () => {
  it('follows the named object and becomes null on delete', () => {
    const a = o('a', 'u-a', '5');
    expect(mergeWatchObject(a, { type: 'MODIFIED', object: o('a', 'u-a', '6') }, 'a')!.metadata.resourceVersion).toBe('6');
    expect(mergeWatchObject(a, { type: 'MODIFIED', object: o('a', 'u-a', '4') }, 'a')).toBe(a);
    expect(mergeWatchObject(a, { type: 'MODIFIED', object: o('b', 'u-b', '9') }, 'a')).toBe(a);
    expect(mergeWatchObject(a, { type: 'DELETED', object: o('a', 'u-a', '7') }, 'a')).toBeNull();
    expect(mergeWatchObject(a, { type: 'SYNC', items: [], resourceVersion: '9' }, 'a')).toBeNull();
  });
});
