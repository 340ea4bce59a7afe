import { detailHref } from '@/lib/resources/hrefs';
import { edgeRemoval, type TopologyEdge, type TopologyNodeData } from '@/lib/topology';
import { kindIdOf } from './use-topology-actions';

export type MenuCommand =
  | { type: 'href'; href: string }
  | { type: 'traffic'; nodeId: string }
  | { type: 'add-trigger'; nodeId: string }
  | { type: 'move'; edgeId: string }
  | { type: 'delete-node'; nodeId: string }
  | { type: 'remove-edge'; edgeId: string };

export interface MenuAction {
  label: string;
  command: MenuCommand;
  danger?: boolean;
}

/** The context menu (right-click, Shift+F10, or the panel's kebab) for a node. */
export function nodeActions(id: string, data: TopologyNodeData, edges: TopologyEdge[]): MenuAction[] {
  if (!data.ref || data.missing) return [];
  const kindId = kindIdOf(data.ref);
  const out: MenuAction[] = [];
  if (kindId) out.push({ label: 'Edit YAML', command: { type: 'href', href: detailHref(data.namespace, kindId, data.name, 'yaml') } });
  if (data.kind === 'service') out.push({ label: 'Set traffic distribution', command: { type: 'traffic', nodeId: id } });
  if (data.kind === 'service' || data.kind === 'broker') out.push({ label: 'Add trigger', command: { type: 'add-trigger', nodeId: id } });
  if (data.kind === 'source') {
    const sink = edges.find((e) => e.kind === 'sink' && e.source === id);
    if (sink) out.push({ label: 'Move sink', command: { type: 'move', edgeId: sink.id } });
  }
  out.push({ label: `Delete ${data.resourceKind}`, command: { type: 'delete-node', nodeId: id }, danger: true });
  return out;
}

/** The context menu for an edge: open its owner, move its end, or remove it. */
export function edgeActions(edge: TopologyEdge): MenuAction[] {
  const out: MenuAction[] = [];
  const kindId = edge.owner && kindIdOf(edge.owner);
  if (edge.owner && kindId) out.push({ label: `Edit ${edge.owner.kind} YAML`, command: { type: 'href', href: detailHref(edge.owner.namespace, kindId, edge.owner.name, 'yaml') } });
  if (edge.field) out.push({ label: edge.field === 'sink' ? 'Move sink' : edge.field === 'reply' ? 'Move reply' : 'Move subscriber', command: { type: 'move', edgeId: edge.id } });
  const removal = edgeRemoval(edge);
  if (removal) out.push({ label: removal.action === 'delete' ? `Delete ${removal.owner.kind}` : 'Remove reply', command: { type: 'remove-edge', edgeId: edge.id }, danger: true });
  return out;
}
