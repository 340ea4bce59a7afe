import { resolveDestination, type Destination } from './destination';
import { summarizeTriggerFilter } from './filter-summary';
import { nodeId, refOf, rv } from './ids';
import type { EdgeKind, KObject, ObjectRef, TopologyEdge, TopologyNode } from './types';

/** What edge builders need: the nodes that exist, and a way to add external ones. */
export interface EdgeContext {
  namespace: string;
  known: Set<string>;
  byUrl: Map<string, string>;
  externals: Map<string, TopologyNode>;
  edges: TopologyEdge[];
}

/** Resolves `dest` and records an edge to it (adding an external node when needed). */
export function addEdge(
  ctx: EdgeContext,
  e: { id: string; kind: EdgeKind; source: string; dest: Destination | undefined; label?: string; owner?: ObjectRef; field?: TopologyEdge['field']; version: string },
): string | undefined {
  const hit = resolveDestination(e.dest, ctx.namespace, ctx.known, ctx.byUrl);
  if (!hit) return undefined;
  if (hit.external && !ctx.externals.has(hit.id)) ctx.externals.set(hit.id, hit.external);
  ctx.edges.push({
    id: e.id,
    kind: e.kind,
    source: e.source,
    target: hit.id,
    ...(e.label !== undefined ? { label: e.label } : {}),
    ...(e.owner ? { owner: e.owner } : {}),
    ...(e.field ? { field: e.field } : {}),
    version: e.version,
  });
  return hit.id;
}

/** One edge per trigger, from its broker to its subscriber, labelled with its filter. */
export function triggerEdges(ctx: EdgeContext, triggers: KObject[]): void {
  for (const t of triggers) {
    const name = t.metadata.name ?? '';
    const broker: string | undefined = t.spec?.broker ?? t.spec?.brokerRef?.name;
    if (!broker) continue;
    const brokerId = nodeId('Broker', ctx.namespace, broker);
    addEdge(ctx, {
      id: nodeId('Trigger', ctx.namespace, name),
      kind: 'trigger',
      source: brokerId,
      dest: t.spec?.subscriber,
      label: summarizeTriggerFilter(t.spec),
      owner: refOf(t, 'eventing.knative.dev/v1', 'Trigger', ctx.namespace),
      field: 'subscriber',
      version: rv(t),
    });
  }
}

/** Subscription edges from their channel to the subscriber, and from the subscriber on to its reply. */
export function subscriptionEdges(ctx: EdgeContext, subscriptions: KObject[]): void {
  for (const s of subscriptions) {
    const name = s.metadata.name ?? '';
    const channel = s.spec?.channel;
    if (!channel?.name) continue;
    const owner = refOf(s, 'messaging.knative.dev/v1', 'Subscription', ctx.namespace);
    const channelId = nodeId('Channel', ctx.namespace, channel.name);
    const id = nodeId('Subscription', ctx.namespace, name);
    const subscriber = addEdge(ctx, { id, kind: 'subscription', source: channelId, dest: s.spec?.subscriber, label: name, owner, field: 'subscriber', version: rv(s) });
    addEdge(ctx, { id: `${id}#reply`, kind: 'reply', source: subscriber ?? channelId, dest: s.spec?.reply, label: 'reply', owner, field: 'reply', version: rv(s) });
  }
}

/** A Sequence is the chain of its steps: each step's reply feeds the next; the last replies to spec.reply. */
export function sequenceEdges(ctx: EdgeContext, sequences: KObject[]): void {
  for (const seq of sequences) {
    const id = nodeId('Sequence', ctx.namespace, seq.metadata.name ?? '');
    const steps: Destination[] = seq.spec?.steps ?? [];
    let prev = id;
    steps.forEach((step, i) => {
      prev = addEdge(ctx, { id: `${id}#step-${i}`, kind: 'step', source: prev, dest: step, label: `step ${i + 1}`, version: rv(seq) }) ?? prev;
    });
    addEdge(ctx, { id: `${id}#reply`, kind: 'reply', source: prev, dest: seq.spec?.reply, label: 'reply', version: rv(seq) });
  }
}

/** A Parallel fans out to every branch: through the branch filter when there is one, then to its subscriber and reply. */
export function parallelEdges(ctx: EdgeContext, parallels: KObject[]): void {
  for (const par of parallels) {
    const id = nodeId('Parallel', ctx.namespace, par.metadata.name ?? '');
    const branches: { filter?: Destination; subscriber?: Destination; reply?: Destination }[] = par.spec?.branches ?? [];
    branches.forEach((b, i) => {
      let from = id;
      if (b.filter) {
        from = addEdge(ctx, { id: `${id}#branch-${i}-filter`, kind: 'branch', source: id, dest: b.filter, label: `branch ${i + 1} filter`, version: rv(par) }) ?? id;
      }
      const sub = addEdge(ctx, { id: `${id}#branch-${i}`, kind: 'branch', source: from, dest: b.subscriber, label: `branch ${i + 1}`, version: rv(par) });
      addEdge(ctx, { id: `${id}#branch-${i}-reply`, kind: 'reply', source: sub ?? from, dest: b.reply ?? par.spec?.reply, label: 'reply', version: rv(par) });
    });
  }
}
