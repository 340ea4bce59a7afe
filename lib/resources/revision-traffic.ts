import type { KService, KubeObject, TrafficTarget } from './types';

export interface RevisionTraffic {
  percent: number;
  tags: string[];
  /** True when some target routes to this revision (even at 0%, e.g. a tag only). */
  routed: boolean;
}

/** The service a revision belongs to, from Knative's label. */
export const serviceOf = (rev: KubeObject) => rev.metadata.labels?.['serving.knative.dev/service'];

/**
 * A revision's share of its service's traffic as kn computes it: the sum of the
 * percents of the status traffic targets naming it, and their tags.
 */
export function revisionTraffic(revisionName: string, traffic: TrafficTarget[] | undefined): RevisionTraffic {
  let percent = 0;
  const tags: string[] = [];
  let routed = false;
  for (const t of traffic ?? []) {
    if (t.revisionName !== revisionName) continue;
    routed = true;
    percent += t.percent ?? 0;
    if (t.tag) tags.push(t.tag);
  }
  return { percent, tags, routed };
}

/** Traffic of `rev` from the list of services in its namespace. */
export function trafficFromServices(rev: KubeObject, services: KubeObject[] | undefined): RevisionTraffic {
  const svcName = serviceOf(rev);
  const svc = services?.find((s) => s.metadata.name === svcName) as KService | undefined;
  return revisionTraffic(rev.metadata.name, svc?.status?.traffic);
}
