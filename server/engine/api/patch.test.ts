import { describe, expect, it } from 'vitest';
import { jsonPatch, mergePatch, strategicMergePatch } from './patch';

describe('merge patch (RFC 7386)', () => {
  it('merges objects, deletes on null and replaces arrays', () => {
    const target = { a: 1, b: { c: 2, d: 3 }, list: [1, 2] };
    expect(mergePatch(target, { b: { c: null, e: 4 }, list: [3] })).toEqual({ a: 1, b: { d: 3, e: 4 }, list: [3] });
    expect(target.b.c).toBe(2);
  });
});

describe('JSON patch (RFC 6902)', () => {
  const doc = { metadata: { labels: { 'a/b': 'x' } }, spec: { items: [1, 2, 3] } };

  it('applies add, remove, replace, move, copy and test', () => {
    const out = jsonPatch(doc, [
      { op: 'test', path: '/metadata/labels/a~1b', value: 'x' },
      { op: 'add', path: '/spec/items/-', value: 4 },
      { op: 'add', path: '/spec/items/0', value: 0 },
      { op: 'remove', path: '/spec/items/1' },
      { op: 'replace', path: '/metadata/labels/a~1b', value: 'y' },
      { op: 'copy', from: '/metadata/labels', path: '/spec/labels' },
      { op: 'move', from: '/spec/labels', path: '/spec/moved' },
    ]);
    expect(out).toEqual({ metadata: { labels: { 'a/b': 'y' } }, spec: { items: [0, 2, 3, 4], moved: { 'a/b': 'y' } } });
    expect(doc.spec.items).toEqual([1, 2, 3]);
  });

  it('fails a test op with 422 and leaves nothing half-applied', () => {
    expect(() => jsonPatch(doc, [{ op: 'test', path: '/metadata/labels/a~1b', value: 'z' }])).toThrow(expect.objectContaining({ code: 422 }));
  });

  it('rejects paths that do not exist and malformed patches', () => {
    expect(() => jsonPatch(doc, [{ op: 'replace', path: '/spec/missing', value: 1 }])).toThrow(/does not exist/);
    expect(() => jsonPatch(doc, [{ op: 'remove', path: '/spec/items/9' }])).toThrow(/out of bounds/);
    expect(() => jsonPatch(doc, { op: 'add' })).toThrow(expect.objectContaining({ code: 400 }));
  });
});

describe('strategic merge patch (as kubectl sends for built-in kinds)', () => {
  const pod = {
    spec: {
      containers: [
        { name: 'a', image: 'a:1', ports: [{ containerPort: 80 }] },
        { name: 'b', image: 'b:1' },
      ],
    },
  };

  it('merges containers by name and keeps fields the patch does not mention', () => {
    const out = strategicMergePatch(pod, {
      spec: { '$setElementOrder/containers': [{ name: 'a' }, { name: 'b' }], containers: [{ name: 'a', image: 'a:2' }] },
    });
    expect(out).toEqual({ spec: { containers: [{ name: 'a', image: 'a:2', ports: [{ containerPort: 80 }] }, { name: 'b', image: 'b:1' }] } });
  });

  it('honours $patch: delete in list elements and $patch: replace on maps', () => {
    expect(strategicMergePatch(pod, { spec: { containers: [{ name: 'b', $patch: 'delete' }] } })).toEqual({
      spec: { containers: [pod.spec.containers[0]] },
    });
    expect(strategicMergePatch({ data: { x: '1', y: '2' } }, { data: { $patch: 'replace', z: '3' } })).toEqual({ data: { z: '3' } });
  });
});
