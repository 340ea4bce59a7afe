import { nodeId } from './ids';
import type { TopologyNode } from './types';

/** A Knative duck Destination: a ref, a URI, or a ref plus a relative URI. */
export interface Destination {
  ref?: { apiVersion?: string; kind?: string; name?: string; namespace?: string };
  uri?: string;
}

/** Kinds that are nodes of their own, by `group/Kind` (the group of apiVersion). */
const nodeKinds: Record<string, string> = {
  'serving.knative.dev/Service': 'Service',
  'eventing.knative.dev/Broker': 'Broker',
  'messaging.knative.dev/Channel': 'Channel',
  'messaging.knative.dev/InMemoryChannel': 'Channel',
  'flows.knative.dev/Sequence': 'Sequence',
  'flows.knative.dev/Parallel': 'Parallel',
};

function groupOf(apiVersion: string | undefined): string {
  const v = apiVersion ?? '';
  return v.includes('/') ? v.slice(0, v.indexOf('/')) : '';
}

export function normalizeUrl(url: string): string {
  return url.replace(/\/+$/, '');
}

export interface Resolved {
  /** The node the edge points at. */
  id: string;
  /** Set when that node doesn't exist among the namespace's objects: an external node to add. */
  external?: TopologyNode;
}

/**
 * Where a destination points in the graph. Refs to objects of the namespace map to
 * their nodes; a URI that is the address of a known object maps to that object (that's
 * what a user sees when a sink was set by URL); anything else is an external node that
 * says what was written, so a broken or outside sink stays visible.
 */
export function resolveDestination(dest: Destination | undefined, namespace: string, known: Set<string>, byUrl: Map<string, string>): Resolved | undefined {
  if (!dest) return undefined;
  if (dest.ref?.name) {
    const ns = dest.ref.namespace || namespace;
    const kind = nodeKinds[`${groupOf(dest.ref.apiVersion)}/${dest.ref.kind}`];
    const id = kind ? nodeId(kind, ns, dest.ref.name) : nodeId('Ref', ns, `${dest.ref.kind ?? '?'}.${dest.ref.name}`);
    if (known.has(id)) return { id };
    return { id, external: externalNode(id, kind ?? dest.ref.kind ?? 'Ref', dest.ref.name, ns, true) };
  }
  if (dest.uri) {
    const hit = byUrl.get(normalizeUrl(dest.uri));
    if (hit) return { id: hit };
    const id = nodeId('URI', namespace, dest.uri);
    return { id, external: externalNode(id, 'URI', dest.uri, namespace, false) };
  }
  return undefined;
}

export function externalNode(id: string, resourceKind: string, name: string, namespace: string, missing: boolean): TopologyNode {
  return {
    id,
    data: {
      kind: 'external',
      resourceKind,
      name,
      namespace,
      status: missing ? { ready: 'False', reason: 'NotFound', message: `${resourceKind} ${name} does not exist in ${namespace}` } : { ready: 'Unknown' },
      ...(missing ? { missing: true } : { url: name }),
      version: `ext:${missing}`,
    },
  };
}
