import { MarkerType } from '@xyflow/react';
import { edgeRemoval, groupBoxes, NODE_SIZE, reuseUnchanged, type TopologyEdge, type TopologyModel, type TopologyNode, type XY } from '@/lib/topology';
import type { TopologyFlowEdge } from './edges';
import { declaredHandles } from './flow-handles';
import type { TopologyFlowNode } from './nodes';

export interface ViewFilter {
  hiddenKinds: Set<string>;
  search: string;
}

/** Whether a node passes the toolbar's kind filter and name search. */
export function isShown(n: TopologyNode, f: ViewFilter): boolean {
  if (n.data.kind === 'group') return true;
  if (f.hiddenKinds.has(n.data.kind)) return false;
  const q = f.search.trim().toLowerCase();
  return !q || n.data.name.toLowerCase().includes(q);
}

function ariaOf(n: TopologyNode): string {
  const d = n.data;
  const status = d.status.ready === 'True' ? 'ready' : d.status.ready === 'False' ? `not ready${d.status.reason ? `: ${d.status.reason}` : ''}` : 'reconciling';
  const pods = d.podCount !== undefined ? `, ${d.podCount} pods` : '';
  return `${d.resourceKind} ${d.name}, ${status}${pods}`;
}

/**
 * Model nodes → React Flow nodes. A node whose model version didn't change keeps its
 * React Flow object (position, selection, measured size included), so memo'd node
 * components skip it: a pod-count change re-renders one card.
 */
export function toFlowNodes(
  model: TopologyModel,
  positions: Map<string, XY>,
  current: Map<string, TopologyFlowNode>,
  cache: Map<string, { version: string; value: TopologyFlowNode }>,
  filter: ViewFilter,
): TopologyFlowNode[] {
  // React Flow replaced the objects it moved or selected: those are the ones to keep.
  for (const [id, entry] of cache) {
    const c = current.get(id);
    if (c) entry.value = c;
  }
  const members = model.nodes.filter((n) => n.data.kind !== 'group');
  const flow = reuseUnchanged(
    members,
    (n) => `${n.data.version}|${isShown(n, filter)}`,
    cache,
    (n): TopologyFlowNode => {
      const prev = current.get(n.id);
      return {
        ...(prev ?? {}),
        id: n.id,
        type: n.data.kind,
        position: prev?.position ?? positions.get(n.id) ?? { x: 0, y: 0 },
        data: n.data as TopologyFlowNode['data'],
        width: NODE_SIZE[n.data.kind].width,
        height: NODE_SIZE[n.data.kind].height,
        handles: declaredHandles(n.data),
        hidden: !isShown(n, filter),
        deletable: false,
        ariaLabel: ariaOf(n),
      };
    },
  );
  // Groups first so they paint underneath; their boxes follow wherever members are now.
  const live = new Map(flow.map((n) => [n.id, n.position]));
  const boxes = groupBoxes(model, live);
  const groups: TopologyFlowNode[] = [];
  for (const g of model.nodes) {
    const box = boxes.get(g.id);
    if (!box) continue;
    groups.push({
      id: g.id,
      type: 'group',
      position: { x: box.x, y: box.y },
      data: g.data as TopologyFlowNode['data'],
      width: box.width,
      height: box.height,
      style: { width: box.width, height: box.height },
      handles: [],
      selectable: false,
      draggable: false,
      focusable: false,
      deletable: false,
      zIndex: -1,
      ariaLabel: `Application ${g.data.name}`,
    });
  }
  return [...groups, ...flow];
}

export function toFlowEdges(model: TopologyModel, cache: Map<string, { version: string; value: TopologyFlowEdge }>): TopologyFlowEdge[] {
  return reuseUnchanged(model.edges, (e) => e.version, cache, (e: TopologyEdge): TopologyFlowEdge => ({
    id: e.id,
    source: e.source,
    target: e.target,
    type: 'topology',
    data: { kind: e.kind, ...(e.label !== undefined ? { label: e.label } : {}) },
    markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
    reconnectable: e.field ? 'target' : false,
    deletable: edgeRemoval(e) !== undefined,
    ariaLabel: `${e.kind} ${e.label ?? ''} from ${e.source} to ${e.target}`,
  }));
}
