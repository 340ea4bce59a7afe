import { CoreV1Api, CustomObjectsApi } from '@kubernetes/client-node';
import { request } from 'undici';
import type { EngineHandle } from '../../../../test/engine-harness';
import { waitFor } from '../../../../test/wait-for';

/* eslint-disable @typescript-eslint/no-explicit-any -- test objects are open JSON */

export const group = 'serving.knative.dev';
export const version = 'v1';
export const namespace = 'default';

export function clients(engine: EngineHandle) {
  const kc = engine.kubeConfig();
  return { custom: kc.makeApiClient(CustomObjectsApi), core: kc.makeApiClient(CoreV1Api) };
}

export { waitFor };

export const condition = (obj: any, type: string) => obj?.status?.conditions?.find((c: any) => c.type === type);

/** GET through the engine's ingress with a Host header, as curl -H 'Host: …' does. */
export async function get(engine: EngineHandle, host: string, path = '/') {
  const res = await request(`${engine.ingressUrl}${path}`, { headers: { host } });
  return { status: res.statusCode, body: await res.body.text() };
}

export function ksvc(name: string, spec: any, annotations?: Record<string, string>) {
  return {
    apiVersion: `${group}/${version}`,
    kind: 'Service',
    metadata: { name, namespace },
    spec: { ...spec, template: { ...(annotations ? { metadata: { annotations } } : {}), ...spec.template } },
  };
}

export async function getObject(engine: EngineHandle, plural: string, name: string, g = group, v = version): Promise<any> {
  return clients(engine).custom.getNamespacedCustomObject({ group: g, version: v, namespace, plural, name });
}

export async function waitReady(engine: EngineHandle, name: string, timeoutMs = 10_000): Promise<any> {
  return waitFor(`ksvc ${name} Ready`, async () => {
    const s = await getObject(engine, 'services', name);
    return condition(s, 'Ready')?.status === 'True' && s.status.observedGeneration === s.metadata.generation && s;
  }, timeoutMs);
}
