import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../resources/types';
import { pageOf } from './list';
import { parseLabelSelector } from './selectors';

const objs = ['a', 'a-x', 'b'].flatMap((ns) =>
  ['x', 'y'].map((name) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { namespace: ns, name, labels: { n: name } } }) as KubeObject),
);
const none = { labels: [], fields: [] };

describe('list paging', () => {
  it('walks every object exactly once with limit/continue, keeping the first page resourceVersion', () => {
    const seen: string[] = [];
    let cont: string | null = null;
    let pages = 0;
    do {
      const page = pageOf(objs, none, String(10 + pages), '4', cont);
      seen.push(...page.items.map((o) => `${o.metadata.namespace}/${o.metadata.name}`));
      expect(page.resourceVersion).toBe('10');
      cont = page.continueToken ?? null;
      if (cont) expect(page.remainingItemCount).toBe(2);
      pages++;
    } while (cont);
    expect(pages).toBe(2);
    expect(seen).toEqual(objs.map((o) => `${o.metadata.namespace}/${o.metadata.name}`));
  });

  it('filters before cutting pages', () => {
    const page = pageOf(objs, { labels: parseLabelSelector('n=y'), fields: [] }, '1', '2', null);
    expect(page.items.map((o) => o.metadata.namespace)).toEqual(['a', 'a-x']);
    expect(page.remainingItemCount).toBe(1);
  });

  it('rejects a forged continue token and a bad limit', () => {
    expect(() => pageOf(objs, none, '1', '2', 'garbage')).toThrow(/continue key is not valid/);
    expect(() => pageOf(objs, none, '1', '-1', null)).toThrow(/limit/);
  });
});
