import 'server-only';
import { CustomObjectsApi } from '@kubernetes/client-node';
import { deployImageFieldOf } from '@/lib/schemas/knative-service-from-image';
import { formCauses } from '@/lib/schemas/field-errors';
import type { KubeObject } from '@/lib/resources/types';
import { createResource, getResource, patchResource } from '@/server/kube/client';
import { loadKubeConfig } from '@/server/kube/kubeconfig';
import { StatusError, toStatus } from '@/server/kube/status';

const ksvc = { group: 'serving.knative.dev', version: 'v1', plural: 'services' } as const;

/** An API refusal re-addressed to the form's fields (AlreadyExists → name, env causes → env, …). */
export function asFormError(err: unknown): unknown {
  const status = toStatus(err);
  if (status.code >= 500 || status.code === 401) return err;
  return new StatusError(status.code, status.reason ?? 'Invalid', status.message ?? 'The service was refused', formCauses(status, deployImageFieldOf));
}

/**
 * Asks the API server whether it would create this service (dryRun=All), so a
 * bad env var or scaling bound is refused before minutes of building.
 */
export async function dryRunCreate(obj: KubeObject): Promise<void> {
  const custom = loadKubeConfig().kc.makeApiClient(CustomObjectsApi);
  try {
    await custom.createNamespacedCustomObject({ ...ksvc, namespace: obj.metadata.namespace!, body: obj, dryRun: 'All' });
  } catch (err) {
    throw asFormError(err);
  }
}

export async function serviceExists(namespace: string, name: string): Promise<boolean> {
  try {
    await getResource('services', namespace, name);
    return true;
  } catch (err) {
    if (toStatus(err).code === 404) return false;
    throw err;
  }
}

export const createService = (obj: KubeObject) => createResource('services', obj.metadata.namespace, obj);

/** A new revision running `image`: the first container's image changes, everything else stays. */
export async function setServiceImage(namespace: string, name: string, image: string, annotations: Record<string, string>): Promise<KubeObject> {
  const current = await getResource('services', namespace, name);
  const template = (current.spec?.template ?? {}) as { spec?: { containers?: Record<string, unknown>[] } };
  const containers = [...(template.spec?.containers ?? [{}])];
  containers[0] = { ...containers[0], image };
  return patchResource('services', namespace, name, { metadata: { annotations }, spec: { template: { spec: { containers } } } });
}

export type Readiness = { ready: true; url?: string } | { ready: false; reason: string; message: string };

/**
 * Waits for the service's latest generation to be Ready (or to fail, with
 * Knative's reason), up to `timeoutMs`.
 */
export async function waitForReady(namespace: string, name: string, timeoutMs: number, onWaiting?: (message: string) => void): Promise<Readiness | undefined> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    const obj = await getResource('services', namespace, name);
    const current = (obj.status?.observedGeneration ?? 0) >= (obj.metadata.generation ?? 0);
    const ready = obj.status?.conditions?.find((c) => c.type === 'Ready');
    if (current && ready?.status === 'True') return { ready: true, url: obj.status?.url };
    if (current && ready?.status === 'False') return { ready: false, reason: ready.reason ?? 'NotReady', message: ready.message ?? '' };
    const waiting = ready?.message || ready?.reason || 'waiting for the first revision';
    if (waiting !== last) onWaiting?.((last = waiting));
    await new Promise((r) => setTimeout(r, 500));
  }
  return undefined;
}
