import 'server-only';
import {
  AppsV1Api, CoreV1Api, CustomObjectsApi, PatchStrategy, setHeaderOptions,
} from '@kubernetes/client-node';
import { kinds, type KindDef, type KindId } from '@/lib/resources/kinds';
import type { KubeList, KubeObject } from '@/lib/resources/types';
import { loadKubeConfig } from './kubeconfig';
import { StatusError } from './status';

/**
 * Generic CRUD by kind id over @kubernetes/client-node: Knative (and apps) kinds go
 * through CustomObjectsApi, core kinds through CoreV1Api. Results are plain JSON
 * (typed client models carry Date objects; the browser and the YAML view want strings).
 */

// Typed APIs name their methods per kind (listNamespacedPod, …); these are the core kinds' names.
const coreNames: Partial<Record<KindId, string>> = {
  pods: 'Pod', configmaps: 'ConfigMap', secrets: 'Secret', namespaces: 'Namespace',
};

type AnyApi = Record<string, (req: Record<string, unknown>, opts?: unknown) => Promise<unknown>>;

const plain = <T>(value: unknown): T => JSON.parse(JSON.stringify(value)) as T;

function apis() {
  const { kc } = loadKubeConfig();
  return {
    core: kc.makeApiClient(CoreV1Api) as unknown as AnyApi,
    apps: kc.makeApiClient(AppsV1Api) as unknown as AnyApi,
    custom: kc.makeApiClient(CustomObjectsApi),
  };
}

export function kindDef(id: string): KindDef {
  const k = (kinds as Record<string, KindDef | undefined>)[id];
  if (!k || !Object.hasOwn(kinds, id)) throw new StatusError(404, 'NotFound', `The console knows no resource kind "${id}".`);
  return k;
}

/** The typed-API call for a core kind: e.g. ('list', pods, namespaced) → listNamespacedPod. */
function coreCall(verb: 'list' | 'read' | 'create' | 'replace' | 'patch' | 'delete', k: KindDef) {
  const name = coreNames[k.id];
  if (!name) throw new StatusError(404, 'NotFound', `No core API for ${k.id}.`);
  const { core } = apis();
  const method = `${verb}${k.namespaced ? 'Namespaced' : ''}${name}`;
  return core[method].bind(core);
}

function scope(k: KindDef, namespace: string | undefined): { namespace?: string } {
  if (!k.namespaced) return {};
  if (!namespace) throw new StatusError(400, 'BadRequest', `${k.labelPlural} are namespaced: a namespace is required.`);
  return { namespace };
}

const merge = setHeaderOptions('Content-Type', PatchStrategy.MergePatch);

export async function listResource(id: KindId, namespace?: string, opts: { labelSelector?: string } = {}): Promise<KubeList> {
  const k = kindDef(id);
  const ns = scope(k, namespace);
  let list: { items: KubeObject[]; metadata?: { resourceVersion?: string } };
  if (k.group === '') {
    list = plain(await coreCall('list', k)({ ...ns, ...opts }));
  } else if (k.group === 'apps') {
    list = plain(await apis().apps.listNamespacedDeployment({ ...ns, ...opts }));
  } else {
    const { custom } = apis();
    const base = { group: k.group, version: k.version, plural: k.plural, ...opts };
    list = ns.namespace
      ? await custom.listNamespacedCustomObject({ ...base, namespace: ns.namespace })
      : await custom.listClusterCustomObject(base);
  }
  return { items: list.items, resourceVersion: list.metadata?.resourceVersion ?? '' };
}

export async function getResource(id: KindId, namespace: string | undefined, name: string): Promise<KubeObject> {
  const k = kindDef(id);
  const ns = scope(k, namespace);
  if (k.group === '') return plain(await coreCall('read', k)({ ...ns, name }));
  if (k.group === 'apps') return plain(await apis().apps.readNamespacedDeployment({ ...ns, name }));
  return apis().custom.getNamespacedCustomObject({ group: k.group, version: k.version, plural: k.plural, namespace: ns.namespace!, name });
}

export async function createResource(id: KindId, namespace: string | undefined, body: KubeObject): Promise<KubeObject> {
  const k = kindDef(id);
  const ns = scope(k, namespace);
  if (k.group === '') return plain(await coreCall('create', k)({ ...ns, body }));
  if (k.group === 'apps') return plain(await apis().apps.createNamespacedDeployment({ ...ns, body }));
  return apis().custom.createNamespacedCustomObject({ group: k.group, version: k.version, plural: k.plural, namespace: ns.namespace!, body });
}

/** PUT: the body's metadata.resourceVersion makes it conditional (409 Conflict when stale). */
export async function replaceResource(id: KindId, namespace: string | undefined, name: string, body: KubeObject): Promise<KubeObject> {
  const k = kindDef(id);
  const ns = scope(k, namespace);
  if (k.group === '') return plain(await coreCall('replace', k)({ ...ns, name, body }));
  if (k.group === 'apps') return plain(await apis().apps.replaceNamespacedDeployment({ ...ns, name, body }));
  return apis().custom.replaceNamespacedCustomObject({ group: k.group, version: k.version, plural: k.plural, namespace: ns.namespace!, name, body });
}

/** A JSON merge patch (RFC 7386): what the console's forms send. */
export async function patchResource(id: KindId, namespace: string | undefined, name: string, patch: object): Promise<KubeObject> {
  const k = kindDef(id);
  const ns = scope(k, namespace);
  if (k.group === '') return plain(await coreCall('patch', k)({ ...ns, name, body: patch }, merge));
  if (k.group === 'apps') return plain(await apis().apps.patchNamespacedDeployment({ ...ns, name, body: patch }, merge));
  return apis().custom.patchNamespacedCustomObject({ group: k.group, version: k.version, plural: k.plural, namespace: ns.namespace!, name, body: patch }, merge);
}

export async function deleteResource(id: KindId, namespace: string | undefined, name: string): Promise<unknown> {
  const k = kindDef(id);
  const ns = scope(k, namespace);
  if (k.group === '') return plain(await coreCall('delete', k)({ ...ns, name }));
  if (k.group === 'apps') return plain(await apis().apps.deleteNamespacedDeployment({ ...ns, name }));
  return apis().custom.deleteNamespacedCustomObject({ group: k.group, version: k.version, plural: k.plural, namespace: ns.namespace!, name });
}
