import type { TopologyModel } from './types';

export interface IdDiff {
  added: string[];
  removed: string[];
  changed: string[];
}

export interface ModelDiff {
  nodes: IdDiff;
  edges: IdDiff;
}

function diffById(prev: { id: string; version: string }[], next: { id: string; version: string }[]): IdDiff {
  const before = new Map(prev.map((x) => [x.id, x.version]));
  const out: IdDiff = { added: [], removed: [], changed: [] };
  const seen = new Set<string>();
  for (const x of next) {
    seen.add(x.id);
    const v = before.get(x.id);
    if (v === undefined) out.added.push(x.id);
    else if (v !== x.version) out.changed.push(x.id);
  }
  for (const id of before.keys()) if (!seen.has(id)) out.removed.push(id);
  return out;
}

/** What changed between two models, by id and version (a pod-count change is one changed node). */
export function diffModel(prev: TopologyModel | undefined, next: TopologyModel): ModelDiff {
  return {
    nodes: diffById((prev?.nodes ?? []).map((n) => ({ id: n.id, version: n.data.version })), next.nodes.map((n) => ({ id: n.id, version: n.data.version }))),
    edges: diffById(prev?.edges ?? [], next.edges),
  };
}

export function isEmptyDiff(d: ModelDiff): boolean {
  return [d.nodes, d.edges].every((x) => x.added.length === 0 && x.removed.length === 0 && x.changed.length === 0);
}

/**
 * Maps items to rendered objects, reusing last time's object for every item whose
 * version didn't change, so memoised components skip them. `cache` is mutated.
 */
export function reuseUnchanged<I extends { id: string }, O>(
  items: I[],
  versionOf: (item: I) => string,
  cache: Map<string, { version: string; value: O }>,
  make: (item: I, previous: O | undefined) => O,
): O[] {
  const live = new Set<string>();
  const out = items.map((item) => {
    live.add(item.id);
    const version = versionOf(item);
    const hit = cache.get(item.id);
    if (hit && hit.version === version) return hit.value;
    const value = make(item, hit?.value);
    cache.set(item.id, { version, value });
    return value;
  });
  for (const id of cache.keys()) if (!live.has(id)) cache.delete(id);
  return out;
}
