import type { Condition } from '../../controller/conditions';
import type { TrafficTarget } from '../validation/traffic';

export type Readiness = 'True' | 'False' | 'Unknown';

/** What traffic resolution needs to know about the Route's namespace. */
export interface TrafficLookup {
  configuration(name: string): { latestReadyRevisionName?: string; ready: Readiness } | undefined;
  revision(name: string): { ready: Readiness } | undefined;
}

export type Resolution =
  | { ok: true; traffic: TrafficTarget[] }
  | { ok: false; condition: Omit<Condition, 'type' | 'lastTransitionTime'> };

/**
 * The Route's spec.traffic as status.traffic: each `configurationName` target
 * pinned to that Configuration's latest *ready* revision, tagged targets given
 * their URL. A target that cannot be served yet gives AllTrafficAssigned's
 * reason and message (pkg/reconciler/route/traffic, route_lifecycle.go).
 */
export function resolveTraffic(spec: TrafficTarget[], lookup: TrafficLookup, tagUrl: (tag: string) => string): Resolution {
  const out: TrafficTarget[] = [];
  for (const t of spec) {
    let revisionName = t.revisionName;
    if (t.configurationName) {
      const cfg = lookup.configuration(t.configurationName);
      if (!cfg) return missing('Configuration', t.configurationName);
      if (!cfg.latestReadyRevisionName) {
        return cfg.ready === 'False'
          ? fail('False', 'RevisionMissing', `Configuration "${t.configurationName}" does not have any ready Revision.`)
          : fail('Unknown', 'RevisionMissing', `Configuration "${t.configurationName}" is waiting for a Revision to become ready.`);
      }
      revisionName = cfg.latestReadyRevisionName;
    } else if (revisionName) {
      const rev = lookup.revision(revisionName);
      if (!rev) return missing('Revision', revisionName);
      if (rev.ready === 'False') return fail('False', 'RevisionMissing', `Revision "${revisionName}" failed to become ready.`);
      if (rev.ready === 'Unknown') return fail('Unknown', 'RevisionMissing', `Revision "${revisionName}" is not yet ready.`);
    } else {
      return fail('False', 'RevisionMissing', 'A traffic target names neither a revision nor a configuration.');
    }
    out.push({
      ...(t.tag ? { tag: t.tag } : {}),
      revisionName,
      latestRevision: !!t.configurationName,
      percent: t.percent ?? 0,
      ...(t.tag ? { url: tagUrl(t.tag) } : {}),
    });
  }
  return { ok: true, traffic: out };
}

const fail = (status: Readiness, reason: string, message: string): Resolution => ({ ok: false, condition: { status, reason, message } });
const missing = (kind: string, name: string) => fail('False', `${kind}Missing`, `${kind} "${name}" referenced in traffic not found.`);

/**
 * service.go checkRoutesNotReady: the Route has not yet caught up with its
 * spec when status.traffic differs from spec.traffic with the Configuration
 * target replaced by its latest ready revision (urls and latestRevision ignored).
 */
export function trafficMigrated(spec: TrafficTarget[], status: TrafficTarget[] | undefined, configName: string, latestReady: string | undefined): boolean {
  if (!status || spec.length !== status.length) return false;
  const norm = (t: TrafficTarget) =>
    JSON.stringify([t.tag ?? '', t.revisionName ?? '', t.configurationName ?? '', t.percent ?? 0]);
  const want = spec.map((t) =>
    t.configurationName === configName ? { ...t, revisionName: latestReady, configurationName: undefined } : t,
  );
  return want.every((t, i) => norm(t) === norm(status[i]));
}
