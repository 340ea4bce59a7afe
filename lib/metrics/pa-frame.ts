import type { KubeObject } from '../resources/types';
import { revisionKey, serviceKey, type MetricsFrame, type RevisionRef, type ServicePoint, type ServiceRef } from './types';

/**
 * Desired and actual scale read from PodAutoscaler status: all a cluster
 * tells without a metrics backend. A PA is named after its revision and
 * carries the revision's labels. desiredScale −1 means "not decided yet".
 */
export function frameFromPodAutoscalers(pas: KubeObject[], t: number): MetricsFrame {
  const frame: MetricsFrame = { t, revisions: [], services: [], flows: [] };
  const services = new Map<string, { ref: ServiceRef; point: ServicePoint }>();
  for (const pa of pas) {
    const labels = pa.metadata.labels ?? {};
    const ref: RevisionRef = {
      namespace: pa.metadata.namespace ?? '',
      service: labels['serving.knative.dev/service'] ?? '',
      configuration: labels['serving.knative.dev/configuration'] ?? '',
      revision: labels['serving.knative.dev/revision'] ?? pa.metadata.name,
    };
    const status = (pa.status ?? {}) as { desiredScale?: number; actualScale?: number };
    const point = {
      t,
      ...(typeof status.desiredScale === 'number' && status.desiredScale >= 0 ? { desired: status.desiredScale } : {}),
      ...(typeof status.actualScale === 'number' ? { actual: status.actualScale } : {}),
    };
    frame.revisions.push({ key: revisionKey(ref), ref, point });
    if (!ref.service) continue;
    const sref = { namespace: ref.namespace, service: ref.service };
    const k = serviceKey(sref);
    let s = services.get(k);
    if (!s) services.set(k, (s = { ref: sref, point: { t } }));
    if (point.desired !== undefined) s.point.desired = (s.point.desired ?? 0) + point.desired;
    if (point.actual !== undefined) s.point.actual = (s.point.actual ?? 0) + point.actual;
  }
  frame.services = [...services.entries()].map(([key, e]) => ({ key, ...e }));
  return frame;
}
