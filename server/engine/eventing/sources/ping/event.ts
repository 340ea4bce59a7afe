import { randomUUID } from 'node:crypto';
import type { KubeObject } from '../../../resources/types';
import type { CloudEventRecord } from '../../event/cloud-event';

export const PING_EVENT_TYPE = 'dev.knative.sources.ping';

export const pingSourceSource = (namespace: string, name: string) => `/apis/v1/namespaces/${namespace}/pingsources/${name}`;

/**
 * The event a PingSource emits on a tick (pkg/adapter/mtping/runner.go): a new
 * UUID each time, data and datacontenttype only when data is set (dataBase64
 * decoded to bytes), and the ceOverrides extensions copied on.
 */
export function makePingEvent(source: KubeObject, now = new Date(), id: string = randomUUID()): CloudEventRecord {
  const spec = source.spec ?? {};
  const ns = source.metadata.namespace ?? 'default';
  const extensions: Record<string, string> = spec.ceOverrides?.extensions ?? {};
  const attrs: Record<string, string> = {
    ...extensions,
    specversion: '1.0',
    id,
    type: PING_EVENT_TYPE,
    source: pingSourceSource(ns, source.metadata.name),
    time: now.toISOString(),
  };
  let data: Buffer | undefined;
  if (spec.dataBase64) data = Buffer.from(spec.dataBase64, 'base64');
  else if (spec.data) data = Buffer.from(spec.data, 'utf8');
  if (data && spec.contentType) attrs.datacontenttype = spec.contentType;
  return data ? { attrs, data } : { attrs };
}
