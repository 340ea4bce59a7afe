import { externalNode, normalizeUrl } from './destination';
import { parallelEdges, sequenceEdges, subscriptionEdges, triggerEdges, addEdge, type EdgeContext } from './flows';
import { groupNodes } from './groups';
import { nodeId, parseNodeId, readyStatus, refOf, rv } from './ids';
import { servingNodes } from './serving';
import type { KObject, NodeKind, TopologyEdge, TopologyInput, TopologyModel, TopologyNode } from './types';

/** Event source kinds, with the API version their refs carry. The kind doubles as the icon id. */
export const SOURCE_KINDS = [
  { list: 'pingsources', kind: 'PingSource' },
  { list: 'apiserversources', kind: 'ApiServerSource' },
  { list: 'sinkbindings', kind: 'SinkBinding' },
  { list: 'containersources', kind: 'ContainerSource' },
] as const;

/**
 * Above this many services, revisions are drawn inside their service card instead of as
 * nodes of their own: one node per revision would double a big graph (and its build,
 * layout and render) for what the card already shows as its traffic split.
 */
export const REVISION_NODES_MAX_SERVICES = 300;

/** Channels and subscriptions a Sequence/Parallel/Broker creates are its plumbing: the chain edges show them. */
const PLUMBING_OWNERS = new Set(['Sequence', 'Parallel', 'Broker', 'Trigger']);

function isPlumbing(obj: KObject): boolean {
  return (obj.metadata.ownerReferences ?? []).some((o) => o.controller !== false && PLUMBING_OWNERS.has(o.kind));
}

function simpleNode(obj: KObject, namespace: string, kind: NodeKind, resourceKind: string, apiVersion: string): TopologyNode {
  const name = obj.metadata.name ?? '';
  const url: string | undefined = obj.status?.address?.url ?? obj.status?.sinkUri;
  return {
    id: nodeId(resourceKind, namespace, name),
    data: {
      kind,
      resourceKind,
      name,
      namespace,
      ref: refOf(obj, apiVersion, resourceKind, namespace),
      status: readyStatus(obj),
      ...(url && kind !== 'source' ? { url } : {}),
      version: rv(obj),
    },
  };
}

/** The namespace's resources as graph nodes and edges. Deterministic: same input, same output. */
export function buildTopology(input: TopologyInput): TopologyModel {
  const ns = input.namespace;
  const channels = (input.channels ?? []).filter((c) => !isPlumbing(c));
  const subscriptions = (input.subscriptions ?? []).filter((s) => !isPlumbing(s));

  const services = input.services ?? [];
  const serving = servingNodes(ns, services, input.revisions ?? [], input.routes ?? [], input.pods ?? [], services.length <= REVISION_NODES_MAX_SERVICES);
  const serviceNodes = serving.nodes.filter((n) => n.data.kind === 'service');
  const primary: { obj: KObject; node: TopologyNode }[] = [
    ...services.map((obj, i) => ({ obj, node: serviceNodes[i] })),
    ...(input.brokers ?? []).map((obj) => ({ obj, node: simpleNode(obj, ns, 'broker', 'Broker', 'eventing.knative.dev/v1') })),
    ...channels.map((obj) => ({ obj, node: simpleNode(obj, ns, 'channel', 'Channel', 'messaging.knative.dev/v1') })),
    ...(input.sequences ?? []).map((obj) => ({ obj, node: simpleNode(obj, ns, 'sequence', 'Sequence', 'flows.knative.dev/v1') })),
    ...(input.parallels ?? []).map((obj) => ({ obj, node: simpleNode(obj, ns, 'parallel', 'Parallel', 'flows.knative.dev/v1') })),
    ...SOURCE_KINDS.flatMap(({ list, kind }) =>
      (input[list] ?? []).map((obj) => ({ obj, node: simpleNode(obj, ns, 'source', kind, 'sources.knative.dev/v1') })),
    ),
  ];

  const nodes = new Map<string, TopologyNode>();
  for (const n of serving.nodes) nodes.set(n.id, n);
  for (const { node } of primary) nodes.set(node.id, node);

  // A sink written as a URL still points at the object that serves that URL.
  const byUrl = new Map<string, string>();
  for (const { obj, node } of primary) {
    for (const url of [obj.status?.url, obj.status?.address?.url]) if (url) byUrl.set(normalizeUrl(url), node.id);
  }

  const ctx: EdgeContext = { namespace: ns, known: new Set(nodes.keys()), byUrl, externals: new Map(), edges: [...serving.edges] };
  for (const { list, kind } of SOURCE_KINDS) {
    for (const src of input[list] ?? []) {
      const id = nodeId(kind, ns, src.metadata.name ?? '');
      addEdge(ctx, { id: `sink:${id}`, kind: 'sink', source: id, dest: src.spec?.sink, owner: refOf(src, 'sources.knative.dev/v1', kind, ns), field: 'sink', version: rv(src) });
    }
  }
  triggerEdges(ctx, input.triggers ?? []);
  subscriptionEdges(ctx, subscriptions);
  sequenceEdges(ctx, input.sequences ?? []);
  parallelEdges(ctx, input.parallels ?? []);

  for (const [id, n] of ctx.externals) nodes.set(id, n);
  // An edge from an object that doesn't exist (a trigger naming a missing broker) still shows, from a "missing" node.
  for (const e of ctx.edges) {
    if (nodes.has(e.source)) continue;
    const p = parseNodeId(e.source);
    if (p) nodes.set(e.source, externalNode(e.source, p.kind, p.name, p.namespace, true));
  }

  const groups = groupNodes(ns, primary.map(({ obj, node }) => ({ id: node.id, obj })), nodes);
  // Revisions sit with their service in its group box.
  for (const e of ctx.edges) {
    const gid = e.kind === 'traffic' ? nodes.get(e.source)?.data.group : undefined;
    const target = nodes.get(e.target);
    if (!gid || !target) continue;
    target.data.group = gid;
    groups.find((g) => g.id === gid)?.data.members?.push(e.target);
  }
  for (const g of groups) {
    g.data.members!.sort();
    nodes.set(g.id, g);
  }

  const out = [...nodes.values()].sort((a, b) => a.id.localeCompare(b.id));
  for (const n of out) n.data.version = signature(n);
  const edges = ctx.edges.sort((a, b) => a.id.localeCompare(b.id)).map((e) => ({ ...e, version: edgeSignature(e) }));
  return { nodes: out, edges };
}

/** Everything a node shows, so the diff re-renders a node exactly when what it shows changed. */
function signature(n: TopologyNode): string {
  const { version, ...rest } = n.data;
  void version;
  return JSON.stringify(rest);
}

function edgeSignature(e: TopologyEdge): string {
  return `${e.version}|${e.source}|${e.target}|${e.label ?? ''}`;
}
