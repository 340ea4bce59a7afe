import type { KindId } from './columns';

/**
 * The console's route scheme, in one place:
 *   /ns/NS/VIEW            topology | add | observe | sources | a kind's list (services, revisions, …)
 *   /ns/NS/KIND/NAME       a resource's detail page (?tab=yaml|revisions|logs)
 * Cluster-scoped kinds (namespaces) live under the current namespace's path too.
 */
export const nsHref = (namespace: string, view: string) => `/ns/${encodeURIComponent(namespace)}/${view}`;

export const listHref = (namespace: string, kind: KindId) => nsHref(namespace, kind);

export const detailHref = (namespace: string, kind: KindId, name: string, tab?: string) =>
  `${nsHref(namespace, kind)}/${encodeURIComponent(name)}${tab ? `?tab=${tab}` : ''}`;

export const DEFAULT_NAMESPACE = 'default';
