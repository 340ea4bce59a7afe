import type { XY } from './layout';

/** The slice of the Web Storage API used, so tests can pass a Map-backed fake. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function positionsKey(namespace: string): string {
  return `topology.positions.${namespace}`;
}

/** Positions the user dragged nodes to in this namespace; anything unreadable counts as none. */
export function loadPositions(storage: KeyValueStorage | undefined, namespace: string): Map<string, XY> {
  const out = new Map<string, XY>();
  try {
    const raw = storage?.getItem(positionsKey(namespace));
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (parsed && typeof parsed === 'object') {
      for (const [id, p] of Object.entries(parsed as Record<string, { x?: unknown; y?: unknown }>)) {
        if (typeof p?.x === 'number' && typeof p?.y === 'number' && Number.isFinite(p.x) && Number.isFinite(p.y)) out.set(id, { x: p.x, y: p.y });
      }
    }
  } catch {
    // A corrupt entry (hand-edited, older format) only loses the user's layout tweaks; the auto layout still applies.
  }
  return out;
}

export function savePositions(storage: KeyValueStorage | undefined, namespace: string, positions: Map<string, XY>): void {
  const obj: Record<string, XY> = {};
  for (const [id, p] of positions) obj[id] = { x: Math.round(p.x), y: Math.round(p.y) };
  try {
    storage?.setItem(positionsKey(namespace), JSON.stringify(obj));
  } catch {
    // Quota exceeded or storage disabled: moves still apply for this session.
  }
}
