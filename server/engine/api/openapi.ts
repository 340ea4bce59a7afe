import { createHash } from 'node:crypto';
import { resourceTypes } from '../resources';
import type { ResourceType } from '../resources/types';
import { groupVersions } from './discovery';
import { kindDescriptions, objectMetaSchema, topLevelFields } from './openapi-schemas';

const OBJECT_META = 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta';

/** `serving.knative.dev` + `v1` + `Service` → `dev.knative.serving.v1.Service`; core and apps as kube names them. */
export function schemaName(t: Pick<ResourceType, 'group' | 'version' | 'kind'>): string {
  if (t.group === '') return `io.k8s.api.core.${t.version}.${t.kind}`;
  if (!t.group.includes('.')) return `io.k8s.api.${t.group}.${t.version}.${t.kind}`;
  return `${t.group.split('.').reverse().join('.')}.${t.version}.${t.kind}`;
}

const gvPath = (group: string, version: string) => (group === '' ? `api/${version}` : `apis/${group}/${version}`);

function kindSchema(t: ResourceType) {
  return {
    description: kindDescriptions[t.kind] ?? `${t.kind} (${t.group || 'core'}/${t.version}), served by the embedded engine.`,
    type: 'object',
    properties: {
      apiVersion: { type: 'string', description: 'APIVersion defines the versioned schema of this representation of an object.' },
      kind: { type: 'string', description: 'Kind is a string value representing the REST resource this object represents.' },
      metadata: { description: 'Standard object metadata.', allOf: [{ $ref: `#/components/schemas/${OBJECT_META}` }], default: {} },
      ...topLevelFields(t.kind),
    },
    // Schemas are permissive: the engine accepts what Knative's CRDs accept and validates in admission.
    'x-kubernetes-preserve-unknown-fields': true,
    'x-kubernetes-group-version-kind': [{ group: t.group, version: t.version, kind: t.kind }],
  };
}

const fieldValidationParam = {
  name: 'fieldValidation',
  in: 'query',
  description: 'fieldValidation instructs the server on how to handle objects in the request containing unknown or duplicate fields.',
  schema: { type: 'string', uniqueItems: true },
};

/**
 * Each kind's operations, carrying its GVK and the `fieldValidation` parameter:
 * kubectl checks exactly that to choose server-side field validation, so
 * `kubectl apply -f` needs no OpenAPI v2 download.
 */
function kindPaths(t: ResourceType) {
  const base = `/${gvPath(t.group, t.version)}${t.namespaced ? '/namespaces/{namespace}' : ''}/${t.plural}`;
  const gvk = { group: t.group, version: t.version, kind: t.kind };
  const ok = { '200': { description: 'OK', content: { 'application/json': { schema: { $ref: `#/components/schemas/${schemaName(t)}` } } } } };
  const op = (action: string, params: object[] = []) => ({
    operationId: `${action}${t.kind}`,
    'x-kubernetes-action': action,
    'x-kubernetes-group-version-kind': gvk,
    parameters: params,
    responses: ok,
  });
  return {
    [base]: { get: op('list'), post: op('post', [fieldValidationParam]) },
    [`${base}/{name}`]: {
      get: op('get'),
      put: op('put', [fieldValidationParam]),
      patch: op('patch', [fieldValidationParam]),
      delete: op('delete'),
    },
  };
}

export function groupVersionDocument(group: string, version: string) {
  const types = resourceTypes.filter((t) => t.group === group && t.version === version);
  if (types.length === 0) return undefined;
  return {
    openapi: '3.0.0',
    info: { title: 'Kubernetes', version: 'v1.32.0' },
    paths: Object.assign({}, ...types.map(kindPaths)),
    components: {
      schemas: {
        [OBJECT_META]: objectMetaSchema,
        ...Object.fromEntries(types.map((t) => [schemaName(t), kindSchema(t)])),
      },
    },
  };
}

const hashOf = (doc: unknown) => createHash('sha512').update(JSON.stringify(doc)).digest('hex').slice(0, 64).toUpperCase();

let index: { paths: Record<string, { serverRelativeURL: string }> } | undefined;

/** The `/openapi/v3` index: group-version paths to their documents, versioned by content hash so kubectl's cache stays right. */
export function openapiIndex() {
  if (!index) {
    const paths: Record<string, { serverRelativeURL: string }> = {};
    for (const gv of groupVersions()) {
      const p = gvPath(gv.group, gv.version);
      paths[p] = { serverRelativeURL: `/openapi/v3/${p}?hash=${hashOf(groupVersionDocument(gv.group, gv.version))}` };
    }
    index = { paths };
  }
  return index;
}

/** `/openapi/v3/apis/G/V` or `/openapi/v3/api/v1` → its document, or undefined. */
export function openapiDocumentFor(pathname: string) {
  const segs = pathname.replace(/^\/openapi\/v3\/?/, '').split('/').filter(Boolean);
  if (segs[0] === 'api' && segs.length === 2) return groupVersionDocument('', segs[1]);
  if (segs[0] === 'apis' && segs.length === 3) return groupVersionDocument(segs[1], segs[2]);
  return undefined;
}
