import { Position, type NodeHandle } from '@xyflow/react';
import { NODE_SIZE, type TopologyNodeData } from '@/lib/topology';

/** React Flow draws a handle 6px square (border included: PatternFly makes every box border-box), centred on the node's side. */
const HANDLE = 6;

/** Whether a node starts drags (and owns outgoing edges) from a right-hand handle. */
export function hasSourceHandle(data: Pick<TopologyNodeData, 'kind' | 'missing'>): boolean {
  if (data.kind === 'service') return true;
  // Sources send to their sink; brokers and channels fan out to triggers/subscriptions.
  return (data.kind === 'source' || data.kind === 'broker' || data.kind === 'channel') && !data.missing;
}

/**
 * The handles each node component renders, declared up front. React Flow renders every
 * node it has never measured, culling or not, just to find its handles: with 2,000 nodes
 * that first pass (and the style recalc of ~45,000 elements) cost more than a second.
 */
export function declaredHandles(data: Pick<TopologyNodeData, 'kind' | 'missing'>): NodeHandle[] {
  if (data.kind === 'group') return [];
  const { width, height } = NODE_SIZE[data.kind];
  const y = height / 2 - HANDLE / 2;
  const target: NodeHandle = { type: 'target', position: Position.Left, x: -HANDLE / 2, y, width: HANDLE, height: HANDLE };
  if (!hasSourceHandle(data)) return [target];
  return [target, { type: 'source', position: Position.Right, x: width - HANDLE / 2, y, width: HANDLE, height: HANDLE }];
}
