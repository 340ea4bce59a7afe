import { randomInt } from 'node:crypto';
import { ApiError, badRequest, invalid, type StatusCause } from '../errors';
import type { KubeObject, ResourceType } from '../resources/types';
import { apiVersionOf } from '../resources/types';
import type { Store } from '../store/store';
import { keyProblems, labelValueProblems, nameProblems, type NameRule } from './names';

/**
 * Names that become host names are DNS labels: namespaces (RFC 1123) and the
 * Serving kinds whose names end up in URLs and revision names (RFC 1035, as
 * Knative's webhook checks). Everything else is an RFC 1123 subdomain.
 */
export function nameRuleFor(t: ResourceType): NameRule {
  if (t.group === '' && t.plural === 'namespaces') return 'dns1123-label';
  if (t.group === 'serving.knative.dev') return 'dns1035-label';
  return 'dns1123-subdomain';
}

const SUFFIX_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';
const randomSuffix = () => Array.from({ length: 5 }, () => SUFFIX_ALPHABET[randomInt(SUFFIX_ALPHABET.length)]).join('');

/** Checks a request body is an object of this kind and fills apiVersion/kind when omitted. */
export function checkKind(t: ResourceType, body: unknown): KubeObject {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw badRequest('the request body must be a JSON object');
  const obj = body as KubeObject;
  const apiVersion = apiVersionOf(t);
  if (obj.kind !== undefined && obj.kind !== t.kind) {
    throw badRequest(`the kind of the provided object (${String(obj.kind)}) does not match the resource ${t.plural} (kind ${t.kind})`);
  }
  if (obj.apiVersion !== undefined && obj.apiVersion !== apiVersion) {
    throw badRequest(`the API version of the provided object (${String(obj.apiVersion)}) does not match ${apiVersion}, the version served for ${t.plural}`);
  }
  obj.apiVersion = apiVersion;
  obj.kind = t.kind;
  if (obj.metadata === undefined || obj.metadata === null) obj.metadata = { name: '' };
  if (typeof obj.metadata !== 'object' || Array.isArray(obj.metadata)) throw badRequest('metadata must be an object');
  return obj;
}

/** Puts the request's namespace on the object; a different one in the body is an error, as in kube. */
export function bindNamespace(t: ResourceType, obj: KubeObject, namespace: string | undefined) {
  if (!t.namespaced) {
    delete obj.metadata.namespace;
    return;
  }
  const given = obj.metadata.namespace;
  if (given && namespace && given !== namespace) {
    throw badRequest('the namespace of the provided object does not match the namespace sent on the request');
  }
  obj.metadata.namespace = namespace ?? given;
}

/** What kube-apiserver resets on create: server-owned metadata, and status where a status subresource owns it. */
export function prepareForCreate(t: ResourceType, obj: KubeObject) {
  const meta = obj.metadata;
  for (const f of ['uid', 'resourceVersion', 'generation', 'creationTimestamp', 'deletionTimestamp', 'managedFields', 'selfLink'] as const) {
    delete meta[f];
  }
  if (!meta.name && meta.generateName) meta.name = meta.generateName + randomSuffix();
  if (t.subresources?.includes('status')) delete obj.status;
  if (t.group === '' && t.plural === 'namespaces') {
    obj.spec = { finalizers: ['kubernetes'], ...(obj.spec ?? {}) };
    obj.status = { phase: 'Active' };
  }
}

/** Metadata problems as kube's ValidateObjectMeta reports them (name, labels, annotations, immutable uid). */
export function metadataCauses(t: ResourceType, obj: KubeObject, old?: KubeObject): StatusCause[] {
  const causes: StatusCause[] = [];
  const meta = obj.metadata;
  const name = meta.name;
  if (typeof name !== 'string' || name === '') {
    causes.push({ field: 'metadata.name', reason: 'FieldValueRequired', message: 'Required value: name or generateName is required' });
  } else {
    for (const p of nameProblems(name, nameRuleFor(t))) {
      causes.push({ field: 'metadata.name', message: `Invalid value: ${JSON.stringify(name)}: ${p}` });
    }
  }
  if (t.namespaced && !meta.namespace) {
    causes.push({ field: 'metadata.namespace', reason: 'FieldValueRequired', message: 'Required value' });
  }
  for (const [field, map] of [['labels', meta.labels], ['annotations', meta.annotations]] as const) {
    if (map === undefined || map === null) continue;
    if (typeof map !== 'object' || Array.isArray(map)) {
      causes.push({ field: `metadata.${field}`, reason: 'FieldValueTypeInvalid', message: 'Invalid value: must be a map of strings' });
      continue;
    }
    for (const [k, v] of Object.entries(map)) {
      for (const p of keyProblems(k)) causes.push({ field: `metadata.${field}`, message: `Invalid value: ${JSON.stringify(k)}: ${p}` });
      if (typeof v !== 'string') {
        causes.push({ field: `metadata.${field}`, reason: 'FieldValueTypeInvalid', message: `Invalid value: ${JSON.stringify(k)}: value must be a string` });
      } else if (field === 'labels') {
        for (const p of labelValueProblems(v)) causes.push({ field: 'metadata.labels', message: `Invalid value: ${JSON.stringify(v)}: ${p}` });
      }
    }
  }
  if (old && meta.uid && meta.uid !== old.metadata.uid) {
    causes.push({ field: 'metadata.uid', message: `Invalid value: ${JSON.stringify(meta.uid)}: field is immutable` });
  }
  return causes;
}

/** A namespaced object can only live in a namespace that exists (404 otherwise, as kube's NamespaceLifecycle). */
export function requireNamespace(store: Store, t: ResourceType, obj: KubeObject) {
  if (!t.namespaced || !obj.metadata.namespace) return;
  if (!store.get('/namespaces', '', obj.metadata.namespace)) {
    const ns = obj.metadata.namespace;
    throw new ApiError(404, 'NotFound', `namespaces "${ns}" not found`, { name: ns, kind: 'namespaces' });
  }
}

/** What kube-apiserver's built-in strategies fill in on every write of these kinds. */
export function builtinDefaults(t: ResourceType, obj: KubeObject) {
  if (t.group !== '') return;
  if (t.plural === 'namespaces') {
    obj.metadata.labels = { ...(obj.metadata.labels ?? {}), 'kubernetes.io/metadata.name': obj.metadata.name };
  } else if (t.plural === 'secrets') {
    obj.type ??= 'Opaque';
    const stringData = obj.stringData as Record<string, string> | undefined;
    if (stringData && typeof stringData === 'object') {
      const data = { ...((obj.data as Record<string, string> | undefined) ?? {}) };
      for (const [k, v] of Object.entries(stringData)) data[k] = Buffer.from(String(v)).toString('base64');
      obj.data = data;
    }
    delete obj.stringData;
  }
}

/**
 * Admission for a create or an update through the API: metadata checks, the
 * namespace, then the kind's own defaulting and validation hooks. Throws 422
 * Invalid naming every field at fault.
 */
export function admit(store: Store, t: ResourceType, obj: KubeObject, old?: KubeObject) {
  const metaCauses = metadataCauses(t, obj, old);
  if (metaCauses.length > 0) throw invalid(t.kind, t.group, String(obj.metadata.name ?? ''), metaCauses);
  if (!old) requireNamespace(store, t, obj);
  builtinDefaults(t, obj);
  t.admission?.default?.(obj, old);
  const causes = t.admission?.validate?.(obj, old) ?? [];
  if (causes.length > 0) throw invalid(t.kind, t.group, obj.metadata.name, causes);
}
