import { describe, expect, it } from 'vitest';
import { buildTopology } from './build';
import { PositionBook } from './position-book';
import { ksvc, pod, revision } from './test-fixtures';

function memory() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
}

describe('PositionBook', () => {
  const input = { namespace: 'demo', services: [ksvc('a'), ksvc('b')], revisions: [revision('a-00001', 'a'), revision('b-00001', 'b')] };

  it('keeps every position when only a pod count changes', () => {
    const book = new PositionBook(memory(), 'demo');
    const first = new Map(book.layout(buildTopology(input)));
    expect(book.layout(buildTopology({ ...input, pods: [pod('p', 'a-00001')] }))).toEqual(first);
  });

  it('remembers moved nodes across reloads of the same namespace only', () => {
    const storage = memory();
    const book = new PositionBook(storage, 'demo');
    book.layout(buildTopology(input));
    book.move([{ id: 'Service/demo/a', position: { x: 900, y: 700 } }]);
    expect(new PositionBook(storage, 'demo').layout(buildTopology(input)).get('Service/demo/a')).toEqual({ x: 900, y: 700 });
    expect(new PositionBook(storage, 'other').layout(buildTopology(input)).get('Service/demo/a')).not.toEqual({ x: 900, y: 700 });
  });

  it('forgets moves on reset', () => {
    const storage = memory();
    const book = new PositionBook(storage, 'demo');
    const auto = new Map(book.layout(buildTopology(input)));
    book.move([{ id: 'Service/demo/a', position: { x: 900, y: 700 } }]);
    book.reset();
    expect(book.layout(buildTopology(input)).get('Service/demo/a')).toEqual(auto.get('Service/demo/a'));
  });
});
