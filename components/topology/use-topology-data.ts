'use client';
import { useDeferredValue, useMemo, useState } from 'react';
import { useList } from '@/components/kube';
import type { KindId } from '@/lib/resources/kinds';
import type { KubeObject } from '@/lib/resources/types';
import { useMultiWatch } from './use-multi-watch';
import { buildTopology, type TopologyInput, type TopologyModel } from '@/lib/topology';

/** Every kind the graph is made of; each list is watch-driven, so the graph follows the cluster live. */
export const TOPOLOGY_KINDS = [
  'services', 'revisions', 'routes', 'pods', 'brokers', 'triggers', 'channels', 'subscriptions',
  'sequences', 'parallels', 'pingsources', 'apiserversources', 'sinkbindings', 'containersources',
] as const satisfies readonly KindId[];

type TopologyKind = (typeof TOPOLOGY_KINDS)[number];

const once = { watch: false };
const EMPTY: TopologyModel = { nodes: [], edges: [] };

export interface TopologyData {
  model: TopologyModel;
  /** The raw objects by node/edge owner id (`Kind/ns/name`), for the side panel. */
  objects: Map<string, KubeObject>;
  lists: Record<TopologyKind, KubeObject[]>;
  loading: boolean;
  errors: { kind: KindId; message: string }[];
}

export function useTopologyData(namespace: string): TopologyData {
  // Each list is fetched once; one multiplexed stream keeps all of them live (see useMultiWatch).
  useMultiWatch(TOPOLOGY_KINDS, namespace);
  // One hook call per kind, written out so the hook order is fixed and each list is its own dependency.
  const services = useList('services', namespace, once);
  const revisions = useList('revisions', namespace, once);
  const routes = useList('routes', namespace, once);
  const pods = useList('pods', namespace, once);
  const brokers = useList('brokers', namespace, once);
  const triggers = useList('triggers', namespace, once);
  const channels = useList('channels', namespace, once);
  const subscriptions = useList('subscriptions', namespace, once);
  const sequences = useList('sequences', namespace, once);
  const parallels = useList('parallels', namespace, once);
  const pingsources = useList('pingsources', namespace, once);
  const apiserversources = useList('apiserversources', namespace, once);
  const sinkbindings = useList('sinkbindings', namespace, once);
  const containersources = useList('containersources', namespace, once);
  const results = [services, revisions, routes, pods, brokers, triggers, channels, subscriptions, sequences, parallels, pingsources, apiserversources, sinkbindings, containersources];
  const loading = results.some((r) => r.isPending && !r.isError);
  const errorKey = results.map((r, i) => (r.error ? `${TOPOLOGY_KINDS[i]}\u0000${r.error.message}` : '')).filter(Boolean).join('\u0001');

  // A watch event replaces exactly the list that changed; the others keep their identity. Keyed on
  // `items`: the stream's SYNC repeats the fetched snapshot, and structural sharing keeps its items.
  const lists = useMemo(
    (): Record<TopologyKind, KubeObject[]> => ({
      services: services.data?.items ?? [],
      revisions: revisions.data?.items ?? [],
      routes: routes.data?.items ?? [],
      pods: pods.data?.items ?? [],
      brokers: brokers.data?.items ?? [],
      triggers: triggers.data?.items ?? [],
      channels: channels.data?.items ?? [],
      subscriptions: subscriptions.data?.items ?? [],
      sequences: sequences.data?.items ?? [],
      parallels: parallels.data?.items ?? [],
      pingsources: pingsources.data?.items ?? [],
      apiserversources: apiserversources.data?.items ?? [],
      sinkbindings: sinkbindings.data?.items ?? [],
      containersources: containersources.data?.items ?? [],
    }),
    [services.data?.items, revisions.data?.items, routes.data?.items, pods.data?.items, brokers.data?.items, triggers.data?.items, channels.data?.items, subscriptions.data?.items, sequences.data?.items, parallels.data?.items, pingsources.data?.items, apiserversources.data?.items, sinkbindings.data?.items, containersources.data?.items],
  );

  // A burst of watch events (the SYNC of 14 kinds, a rollout) rebuilds the graph once, not per event.
  const settled = useDeferredValue(lists);
  // Loaded once the deferred model has caught up with every list: the first layout must see the whole
  // namespace, or late arrivals are placed around a viewport already fitted (and culled out of sight).
  // Later watch events never bring the spinner back.
  const [loadedFor, setLoadedFor] = useState<string>();
  const complete = loadedFor === namespace || (!loading && settled === lists);
  if (loadedFor !== namespace && complete) setLoadedFor(namespace);
  // Nothing is built while the lists stream in: each partial graph would cost a full build on the main thread.
  const model = useMemo(
    () => (complete ? buildTopology({ namespace, ...(settled as unknown as Omit<TopologyInput, 'namespace'>) }) : EMPTY),
    [namespace, settled, complete],
  );

  const objects = useMemo(() => {
    const m = new Map<string, KubeObject>();
    if (!complete) return m;
    for (const list of Object.values(settled)) for (const o of list) m.set(`${o.kind}/${o.metadata.namespace ?? namespace}/${o.metadata.name}`, o);
    return m;
  }, [settled, namespace, complete]);

  const errors = useMemo(
    () => (errorKey ? errorKey.split('\u0001').map((e) => { const [kind, message] = e.split('\u0000'); return { kind: kind as KindId, message }; }) : []),
    [errorKey],
  );
  return { model, objects, lists, loading: !complete, errors };
}
