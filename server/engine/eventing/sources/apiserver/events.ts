import { randomUUID } from 'node:crypto';
import type { KubeObject } from '../../../resources/types';
import type { CloudEventRecord } from '../../event/cloud-event';

export type ApiServerMode = 'Reference' | 'Resource';
export type ChangeType = 'ADDED' | 'MODIFIED' | 'DELETED';

const VERB: Record<ChangeType, string> = { ADDED: 'add', MODIFIED: 'update', DELETED: 'delete' };

/** `dev.knative.apiserver.{ref,resource}.{add,update,delete}` (pkg/apis/sources/constants.go). */
export const apiServerEventType = (mode: ApiServerMode, change: ChangeType) =>
  `dev.knative.apiserver.${mode === 'Resource' ? 'resource' : 'ref'}.${VERB[change]}`;

/** Every type a source in `mode` can emit, for status.ceAttributes. */
export const apiServerEventTypes = (mode: ApiServerMode) =>
  (['ADDED', 'MODIFIED', 'DELETED'] as const).map((c) => apiServerEventType(mode, c));

/**
 * The event for one change of a watched object (pkg/adapter/apiserver/events):
 * source is the API server's URL, subject the object's path as
 * `/apis/<apiVersion>/namespaces/<ns>/<plural>/<name>`, the object's identity in
 * the kind/apiversion/name/namespace extensions, and as data either an
 * ObjectReference (Reference mode) or the whole object (Resource mode).
 */
export function makeApiServerEvent(opts: {
  mode: ApiServerMode;
  change: ChangeType;
  object: KubeObject;
  plural: string;
  apiUrl: string;
  extensions?: Record<string, string>;
  id?: string;
  now?: Date;
}): CloudEventRecord {
  const { object, mode } = opts;
  const ns = object.metadata.namespace ?? '';
  const ref = { apiVersion: object.apiVersion, kind: object.kind, name: object.metadata.name, namespace: ns };
  const data = mode === 'Resource' ? object : ref;
  return {
    attrs: {
      ...opts.extensions,
      specversion: '1.0',
      id: opts.id ?? randomUUID(),
      type: apiServerEventType(mode, opts.change),
      source: opts.apiUrl,
      subject: `/apis/${object.apiVersion}/namespaces/${ns}/${opts.plural}/${object.metadata.name}`,
      time: (opts.now ?? new Date()).toISOString(),
      datacontenttype: 'application/json',
      kind: object.kind,
      apiversion: object.apiVersion,
      name: object.metadata.name,
      namespace: ns,
    },
    data: Buffer.from(JSON.stringify(data)),
  };
}
