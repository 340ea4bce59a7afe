import { randomUUID } from 'node:crypto';
import { alreadyExists, ApiError, badRequest, conflict, invalid, notFound } from '../errors';
import type { KubeObject, ResourceType } from '../resources/types';
import { groupResource } from '../resources/types';
import type { Store } from '../store/store';
import { admit, bindNamespace, checkKind, prepareForCreate } from './admission';
import { jsonPatch, mergePatch, strategicMergePatch } from './patch';

/** Options every write takes from the query string. */
export interface WriteOptions {
  dryRun: boolean;
}

export function writeOptions(params: URLSearchParams): WriteOptions {
  const dryRun = params.getAll('dryRun');
  for (const v of dryRun) if (v !== 'All') throw badRequest(`Invalid dry run value "${v}": the only valid value is "All"`);
  const fv = params.get('fieldValidation');
  if (fv && !['Ignore', 'Warn', 'Strict'].includes(fv)) {
    throw badRequest(`fieldValidation must be one of "Ignore", "Warn" or "Strict", got "${fv}"`);
  }
  return { dryRun: dryRun.length > 0 };
}

const hasStatus = (t: ResourceType) => t.subresources?.includes('status') ?? false;

function mustGet(store: Store, t: ResourceType, namespace: string | undefined, name: string): KubeObject {
  const obj = store.get(groupResource(t), namespace ?? '', name);
  if (!obj) throw notFound(t.kind, t.group, t.plural, name);
  return obj;
}

export function createObject(store: Store, t: ResourceType, namespace: string | undefined, body: unknown, opts: WriteOptions): KubeObject {
  const obj = checkKind(t, body);
  bindNamespace(t, obj, namespace);
  prepareForCreate(t, obj);
  admit(store, t, obj);
  if (opts.dryRun) {
    if (store.get(groupResource(t), obj.metadata.namespace ?? '', obj.metadata.name)) throw alreadyExists(t.group, t.plural, obj.metadata.name);
    return { ...obj, metadata: { ...obj.metadata, uid: randomUUID(), generation: 1, creationTimestamp: new Date().toISOString().replace(/\.\d+Z$/, 'Z') } };
  }
  return store.create(groupResource(t), obj);
}

function checkName(t: ResourceType, obj: KubeObject, name: string) {
  if (obj.metadata.name !== name) {
    if (!obj.metadata.name) obj.metadata.name = name;
    else throw badRequest(`the name of the object (${obj.metadata.name}) does not match the name on the URL (${name})`);
  }
}

/**
 * Stores `next` as the new version of `old`: the status subresource writes only
 * status; the main resource keeps the stored status when the kind has a status
 * subresource (kube's update strategies), after admission.
 */
function commit(store: Store, t: ResourceType, next: KubeObject, old: KubeObject, subresource: string | undefined, opts: WriteOptions): KubeObject {
  const gr = groupResource(t);
  if (next.metadata.resourceVersion && next.metadata.resourceVersion !== old.metadata.resourceVersion) {
    throw conflict(t.group, t.plural, old.metadata.name);
  }
  if (subresource === 'status') {
    const candidate = { ...old, status: next.status };
    if (candidate.status === undefined) delete candidate.status;
    return opts.dryRun ? candidate : store.update(gr, { ...candidate, metadata: { ...old.metadata } }, { status: true });
  }
  if (next.metadata.uid && next.metadata.uid !== old.metadata.uid) {
    throw invalid(t.kind, t.group, old.metadata.name, [{ field: 'metadata.uid', message: `Invalid value: ${JSON.stringify(next.metadata.uid)}: field is immutable` }]);
  }
  next.metadata = { ...next.metadata, deletionTimestamp: old.metadata.deletionTimestamp };
  if (next.metadata.deletionTimestamp === undefined) delete next.metadata.deletionTimestamp;
  admit(store, t, next, old);
  if (opts.dryRun) return { ...next, ...(hasStatus(t) ? { status: old.status } : {}) };
  return store.update(gr, next, { keepStatus: hasStatus(t) });
}

export function updateObject(store: Store, t: ResourceType, namespace: string | undefined, name: string, subresource: string | undefined, body: unknown, opts: WriteOptions): KubeObject {
  const obj = checkKind(t, body);
  bindNamespace(t, obj, namespace);
  checkName(t, obj, name);
  const old = mustGet(store, t, namespace, name);
  return commit(store, t, obj, old, subresource, opts);
}

export const PATCH_TYPES = ['application/json-patch+json', 'application/merge-patch+json', 'application/strategic-merge-patch+json', 'application/apply-patch+yaml'];

export function patchObject(
  store: Store,
  t: ResourceType,
  namespace: string | undefined,
  name: string,
  subresource: string | undefined,
  contentType: string,
  patch: unknown,
  opts: WriteOptions,
): KubeObject {
  if (contentType === 'application/apply-patch+yaml' || contentType === 'application/apply-patch+cbor') {
    throw new ApiError(
      415,
      'UnsupportedMediaType',
      'server-side apply (application/apply-patch+yaml) is not supported by the embedded engine: use client-side `kubectl apply` (without --server-side), a merge patch or a JSON patch',
    );
  }
  const old = mustGet(store, t, namespace, name);
  let patched: unknown;
  if (contentType === 'application/json-patch+json') patched = jsonPatch(old, patch);
  else if (contentType === 'application/merge-patch+json') patched = mergePatch(old, patch);
  else if (contentType === 'application/strategic-merge-patch+json') patched = strategicMergePatch(old, patch);
  else {
    throw new ApiError(415, 'UnsupportedMediaType', `the body of the request was in an unknown format - accepted media types include: ${PATCH_TYPES.join(', ')}`);
  }
  const obj = checkKind(t, patched);
  if (obj.metadata.name !== name || (obj.metadata.namespace ?? undefined) !== (old.metadata.namespace ?? undefined)) {
    throw invalid(t.kind, t.group, name, [{ field: 'metadata.name', message: `Invalid value: ${JSON.stringify(obj.metadata.name)}: field is immutable` }]);
  }
  return commit(store, t, obj, old, subresource, opts);
}

export interface DeleteOptions {
  preconditions?: { uid?: string; resourceVersion?: string };
  dryRun?: string[];
}

/** Namespaces kube refuses to delete; the engine keeps `default` for the same reason. */
const UNDELETABLE_NAMESPACES = new Set(['default', 'kube-system', 'kube-public']);

export function deleteObject(store: Store, t: ResourceType, namespace: string | undefined, name: string, options: DeleteOptions | undefined, opts: WriteOptions): KubeObject {
  const obj = mustGet(store, t, namespace, name);
  const pre = options?.preconditions;
  if (pre?.uid && pre.uid !== obj.metadata.uid) {
    throw new ApiError(409, 'Conflict', `Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${obj.metadata.uid}`, { name, group: t.group, kind: t.plural });
  }
  if (pre?.resourceVersion && pre.resourceVersion !== obj.metadata.resourceVersion) {
    throw new ApiError(409, 'Conflict', `Precondition failed: ResourceVersion in precondition: ${pre.resourceVersion}, ResourceVersion in object meta: ${obj.metadata.resourceVersion}`, { name, group: t.group, kind: t.plural });
  }
  if (t.group === '' && t.plural === 'namespaces' && UNDELETABLE_NAMESPACES.has(name)) {
    throw new ApiError(403, 'Forbidden', `namespaces "${name}" is forbidden: this namespace may not be deleted`, { name, kind: 'namespaces' });
  }
  if (opts.dryRun || options?.dryRun?.includes('All')) return obj;
  return store.delete(groupResource(t), namespace ?? '', name);
}
