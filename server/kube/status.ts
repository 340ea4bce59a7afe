import 'server-only';
import type { KubeStatus } from '@/lib/resources/types';

/** A failure the console's server raises itself, rendered as a Kubernetes Status. */
export class StatusError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
    readonly causes?: { field?: string; message: string; reason?: string }[],
  ) {
    super(message);
  }
}

export function makeStatus(code: number, reason: string, message: string, details?: KubeStatus['details']): KubeStatus {
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code, ...(details ? { details } : {}) };
}

const reasonFor: Record<number, string> = {
  400: 'BadRequest', 401: 'Unauthorized', 403: 'Forbidden', 404: 'NotFound', 405: 'MethodNotAllowed',
  409: 'Conflict', 410: 'Expired', 415: 'UnsupportedMediaType', 422: 'Invalid', 500: 'InternalError', 503: 'ServiceUnavailable',
};

function parseStatus(body: unknown): KubeStatus | undefined {
  let value = body;
  if (typeof body === 'string') {
    try {
      value = JSON.parse(body);
    } catch {
      return undefined;
    }
  }
  return value && typeof value === 'object' && (value as KubeStatus).kind === 'Status' ? (value as KubeStatus) : undefined;
}

/**
 * Any error from a call to the API server becomes the Status the API server sent
 * (message and causes passed through untouched), or one that says what went wrong.
 */
export function toStatus(err: unknown): KubeStatus {
  if (err instanceof StatusError) {
    return makeStatus(err.code, err.reason, err.message, err.causes ? { causes: err.causes } : undefined);
  }
  const e = err as { code?: unknown; body?: unknown; statusCode?: unknown; cause?: { code?: string }; message?: string };
  // client-node's ApiException: numeric HTTP code plus the response body (the Status JSON as text).
  if (typeof e?.code === 'number' && e.code >= 400) {
    const status = parseStatus(e.body);
    if (status) return { ...status, code: status.code || e.code };
    const message = e.code === 401
      ? 'The API server rejected the console\'s credentials (401 Unauthorized). Check the kubeconfig token.'
      : `The API server answered ${e.code}${typeof e.body === 'string' && e.body ? `: ${e.body.slice(0, 300)}` : ''}`;
    return makeStatus(e.code, reasonFor[e.code] ?? 'InternalError', message);
  }
  if (typeof e?.statusCode === 'number') {
    return makeStatus(e.statusCode, reasonFor[e.statusCode] ?? 'InternalError', `The API server answered ${e.statusCode} to a watch.`);
  }
  const code = e?.cause?.code ?? (e as { code?: string })?.code;
  if (code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') {
    return makeStatus(503, 'ServiceUnavailable', 'The API server is not reachable (connection refused). Is the engine running?');
  }
  return makeStatus(500, 'InternalError', e?.message ?? String(err));
}
