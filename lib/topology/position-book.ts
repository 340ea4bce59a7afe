import { layoutModel, type XY } from './layout';
import { loadPositions, savePositions, type KeyValueStorage } from './saved-positions';
import type { TopologyModel } from './types';

/**
 * Where each node of one namespace sits. Stable across models: placed nodes keep their
 * positions and only new ones are laid out; positions the user dragged nodes to are
 * persisted (storage) and win over the automatic layout, also after a reload.
 */
export class PositionBook {
  private placed = new Map<string, XY>();
  private readonly moved: Map<string, XY>;

  constructor(private readonly storage: KeyValueStorage | undefined, readonly namespace: string) {
    this.moved = loadPositions(storage, namespace);
  }

  layout(model: TopologyModel): Map<string, XY> {
    const existing = new Map(this.placed);
    for (const [id, p] of this.moved) existing.set(id, p);
    this.placed = layoutModel(model, existing);
    return this.placed;
  }

  move(updates: { id: string; position: XY }[]): void {
    for (const { id, position } of updates) {
      this.moved.set(id, position);
      this.placed.set(id, position);
    }
    savePositions(this.storage, this.namespace, this.moved);
  }

  /** Forget every moved position and lay the namespace out afresh on the next layout(). */
  reset(): void {
    this.moved.clear();
    this.placed = new Map();
    savePositions(this.storage, this.namespace, this.moved);
  }
}
