import type { KindId } from '@/lib/resources/kinds';
import type { KubeStatus } from '@/lib/resources/types';

/** A failed call to the console's API: carries the Kubernetes Status the server answered. */
export class KubeApiError extends Error {
  constructor(readonly status: KubeStatus) {
    super(status.message);
  }
  get code() {
    return this.status.code;
  }
}

const query = (namespace: string | undefined, extra: Record<string, string | undefined> = {}) => {
  const p = new URLSearchParams();
  if (namespace) p.set('namespace', namespace);
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : '';
};

export const collectionUrl = (kind: KindId, namespace?: string, extra?: Record<string, string | undefined>) =>
  `/api/kube/${kind}${query(namespace, extra)}`;
export const objectUrl = (kind: KindId, namespace: string | undefined, name: string) =>
  `/api/kube/${kind}/${encodeURIComponent(name)}${query(namespace)}`;
export const watchUrl = (kind: KindId, namespace?: string) => `/api/watch/${kind}${query(namespace)}`;
export const logsUrl = (namespace: string, pod: string, container?: string) =>
  `/api/logs/${encodeURIComponent(namespace)}/${encodeURIComponent(pod)}${query(undefined, { container })}`;

/** fetch that returns parsed JSON or throws a KubeApiError with the server's Status. */
export async function kubeFetch<T>(url: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  if (init.body) headers.set('content-type', 'application/json');
  let res: Response;
  try {
    res = await fetch(url, { ...init, headers, cache: 'no-store' });
  } catch (e) {
    throw new KubeApiError({ kind: 'Status', apiVersion: 'v1', status: 'Failure', code: 0, reason: 'NetworkError', message: `The console server is not reachable: ${(e as Error).message}` });
  }
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!res.ok) {
    const status = body && (body as KubeStatus).kind === 'Status'
      ? (body as KubeStatus)
      : { kind: 'Status' as const, apiVersion: 'v1' as const, status: 'Failure' as const, code: res.status, reason: res.statusText, message: text.slice(0, 300) || `HTTP ${res.status}` };
    throw new KubeApiError(status);
  }
  return body as T;
}
