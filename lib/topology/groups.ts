import { nodeId } from './ids';
import type { KObject, TopologyNode } from './types';

export const PART_OF = 'app.kubernetes.io/part-of';

/** Application groups: one group node per `app.kubernetes.io/part-of` value, listing its members. */
export function groupNodes(namespace: string, objects: { id: string; obj: KObject }[], nodes: Map<string, TopologyNode>): TopologyNode[] {
  const members = new Map<string, string[]>();
  for (const { id, obj } of objects) {
    const app = obj.metadata.labels?.[PART_OF];
    const node = nodes.get(id);
    if (!app || !node) continue;
    const gid = nodeId('Group', namespace, app);
    node.data.group = gid;
    members.set(gid, [...(members.get(gid) ?? []), id]);
  }
  return [...members.entries()].map(([id, ids]) => ({
    id,
    data: {
      kind: 'group',
      resourceKind: 'Group',
      name: id.slice(id.indexOf('/', id.indexOf('/') + 1) + 1),
      namespace,
      status: { ready: 'Unknown' },
      members: ids.sort(),
      version: '',
    },
  }));
}
