import { resourceTypes } from '../resources';
import { apiVersionOf, type ResourceType } from '../resources/types';

const VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

/** The group-versions the engine serves, core (`v1`) first, each group once. */
export function groupVersions(): { group: string; version: string }[] {
  const seen = new Map<string, { group: string; version: string }>();
  for (const t of resourceTypes) seen.set(apiVersionOf(t), { group: t.group, version: t.version });
  return [...seen.values()];
}

export const apiVersions = (serverAddress: string) => ({
  kind: 'APIVersions',
  versions: ['v1'],
  serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }],
});

function apiGroup(name: string) {
  const versions = groupVersions()
    .filter((gv) => gv.group === name)
    .map((gv) => ({ groupVersion: `${gv.group}/${gv.version}`, version: gv.version }));
  return { name, versions, preferredVersion: versions[0] };
}

export function apiGroupList() {
  const names = [...new Set(groupVersions().map((gv) => gv.group).filter((g) => g !== ''))];
  return { kind: 'APIGroupList', apiVersion: 'v1', groups: names.map(apiGroup) };
}

export function apiGroupOf(name: string) {
  const g = apiGroup(name);
  return g.versions.length === 0 ? undefined : { kind: 'APIGroup', apiVersion: 'v1', ...g };
}

/** Verbs of a subresource, as kube lists them (`pods/log` is read-only). */
function subresourceEntry(t: ResourceType, sub: string) {
  if (sub === 'log') return { name: `${t.plural}/log`, singularName: '', namespaced: t.namespaced, kind: 'Pod', verbs: ['get'] };
  if (sub === 'scale') {
    return { name: `${t.plural}/scale`, singularName: '', namespaced: t.namespaced, group: 'autoscaling', version: 'v1', kind: 'Scale', verbs: ['get', 'patch', 'update'] };
  }
  return { name: `${t.plural}/${sub}`, singularName: '', namespaced: t.namespaced, kind: t.kind, verbs: ['get', 'patch', 'update'] };
}

/** The APIResourceList of one group-version: what `kubectl api-resources` and every client's RESTMapper read. */
export function apiResourceList(group: string, version: string) {
  const types = resourceTypes.filter((t) => t.group === group && t.version === version);
  if (types.length === 0) return undefined;
  const resources = types.flatMap((t) => [
    {
      name: t.plural,
      singularName: t.singular,
      namespaced: t.namespaced,
      kind: t.kind,
      verbs: VERBS,
      ...(t.shortNames?.length ? { shortNames: t.shortNames } : {}),
      ...(t.categories?.length ? { categories: t.categories } : {}),
    },
    ...(t.subresources ?? []).map((s) => subresourceEntry(t, s)),
  ]);
  return { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: apiVersionOf({ group, version }), resources };
}
