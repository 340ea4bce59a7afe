import type { KubeObject, ResourceType } from '../resources/types';
import { apiVersionOf } from '../resources/types';
import { includeObjectParam, partialObjectMetadata, toTable, type Rendering } from './table';

/** Objects leave the API with apiVersion and kind set, whoever wrote them. */
export function withTypeMeta(t: ResourceType, obj: KubeObject): KubeObject {
  if (obj.apiVersion && obj.kind) return obj;
  return { ...obj, apiVersion: apiVersionOf(t), kind: t.kind };
}

export interface ListPage {
  items: KubeObject[];
  resourceVersion: string;
  continueToken?: string;
  remainingItemCount?: number;
}

/** One object as the client asked for it: itself, a one-row Table, or its metadata. */
export function renderObject(t: ResourceType, obj: KubeObject, rendering: Rendering, params: URLSearchParams) {
  const o = withTypeMeta(t, obj);
  if (rendering.as === 'Table') {
    return toTable(t, [o], {
      version: rendering.version,
      includeObject: includeObjectParam(params.get('includeObject')),
      resourceVersion: o.metadata.resourceVersion ?? '',
    });
  }
  if (rendering.as === 'PartialObjectMetadata') return partialObjectMetadata(o, rendering.version);
  return o;
}

export function renderList(t: ResourceType, page: ListPage, rendering: Rendering, params: URLSearchParams) {
  const metadata = {
    resourceVersion: page.resourceVersion,
    ...(page.continueToken ? { continue: page.continueToken } : {}),
    ...(page.remainingItemCount !== undefined ? { remainingItemCount: page.remainingItemCount } : {}),
  };
  const items = page.items.map((o) => withTypeMeta(t, o));
  if (rendering.as === 'Table') {
    return toTable(t, items, {
      version: rendering.version,
      includeObject: includeObjectParam(params.get('includeObject')),
      resourceVersion: page.resourceVersion,
      continueToken: page.continueToken,
      remainingItemCount: page.remainingItemCount,
    });
  }
  if (rendering.as === 'PartialObjectMetadata') {
    return {
      kind: 'PartialObjectMetadataList',
      apiVersion: `meta.k8s.io/${rendering.version}`,
      metadata,
      items: items.map((o) => partialObjectMetadata(o, rendering.version)),
    };
  }
  return { kind: `${t.kind}List`, apiVersion: apiVersionOf(t), metadata, items };
}
