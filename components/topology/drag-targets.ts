'use client';
import { createContext, useContext } from 'react';

/** While a connection or an edge end is dragged: the ids that would accept the drop (null when no drag). */
export const DragTargetsContext = createContext<Set<string> | null>(null);

/** The drag-state class for a node: valid targets light up, others fade, nothing when not dragging. */
export function useDragClass(id: string, valid: string, invalid: string, self?: boolean): string {
  const targets = useContext(DragTargetsContext);
  if (!targets || self) return '';
  return targets.has(id) ? valid : invalid;
}
