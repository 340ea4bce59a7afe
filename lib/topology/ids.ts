import type { KObject, NodeStatus, ObjectRef } from './types';

/** Stable node/edge ids: `Kind/namespace/name`, the same across reloads and watch events. */
export function nodeId(kind: string, namespace: string, name: string): string {
  return `${kind}/${namespace}/${name}`;
}

export function parseNodeId(id: string): { kind: string; namespace: string; name: string } | undefined {
  const first = id.indexOf('/');
  const second = id.indexOf('/', first + 1);
  if (first < 1 || second < 0) return undefined;
  return { kind: id.slice(0, first), namespace: id.slice(first + 1, second), name: id.slice(second + 1) };
}

export function refOf(obj: KObject, apiVersion: string, kind: string, namespace: string): ObjectRef {
  return { apiVersion: obj.apiVersion ?? apiVersion, kind: obj.kind ?? kind, name: obj.metadata.name ?? '', namespace: obj.metadata.namespace ?? namespace };
}

interface Condition {
  type: string;
  status?: string;
  reason?: string;
  message?: string;
}

/** The Ready condition as the node's status decorator shows it. */
export function readyStatus(obj: KObject | undefined): NodeStatus {
  const conditions: Condition[] = obj?.status?.conditions ?? [];
  const ready = conditions.find((c) => c.type === 'Ready');
  if (!ready) return { ready: 'Unknown' };
  const status = ready.status === 'True' || ready.status === 'False' ? ready.status : 'Unknown';
  return { ready: status, ...(ready.reason ? { reason: ready.reason } : {}), ...(ready.message ? { message: ready.message } : {}) };
}

export function isPodReady(pod: KObject): boolean {
  if (pod.metadata.deletionTimestamp) return false;
  const conditions: Condition[] = pod.status?.conditions ?? [];
  return conditions.some((c) => c.type === 'Ready' && c.status === 'True');
}

export function rv(obj: KObject | undefined): string {
  return obj?.metadata.resourceVersion ?? '';
}
