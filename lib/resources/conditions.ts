import type { Condition, KubeObject } from './types';

export interface Readiness {
  /** 'True' | 'False' | 'Unknown', or '' when the object reports no Ready/Succeeded condition yet. */
  ready: string;
  reason: string;
  message: string;
}

/** The condition Knative uses as the object's summary: `Ready`, or `Succeeded` for run-to-completion kinds. */
export function topCondition(obj: Pick<KubeObject, 'status'>): Condition | undefined {
  const conditions = obj.status?.conditions ?? [];
  return conditions.find((c) => c.type === 'Ready') ?? conditions.find((c) => c.type === 'Succeeded');
}

export function readiness(obj: Pick<KubeObject, 'status'>): Readiness {
  const c = topCondition(obj);
  if (!c) return { ready: '', reason: '', message: '' };
  return { ready: c.status, reason: c.reason ?? '', message: c.message ?? '' };
}

/** kn's CONDITIONS column: "2 OK / 3" counts the True conditions among all. */
export function conditionSummary(obj: Pick<KubeObject, 'status'>): string {
  const conditions = obj.status?.conditions ?? [];
  if (conditions.length === 0) return '';
  const ok = conditions.filter((c) => c.status === 'True').length;
  return `${ok} OK / ${conditions.length}`;
}

/**
 * A Pod's readiness as kubectl prints it ("1/1") and its Ready condition, since pods
 * don't carry a Knative Ready condition with reasons.
 */
export function podReady(obj: KubeObject): string {
  const statuses = (obj.status?.containerStatuses as { ready?: boolean }[] | undefined) ?? [];
  const containers = (obj.spec?.containers as unknown[] | undefined) ?? [];
  const total = Math.max(statuses.length, containers.length);
  return `${statuses.filter((s) => s.ready).length}/${total}`;
}

/** kubectl's STATUS column for a pod: a waiting/terminated reason wins over the phase. */
export function podStatus(obj: KubeObject): string {
  if (obj.metadata.deletionTimestamp) return 'Terminating';
  const statuses = (obj.status?.containerStatuses as { state?: Record<string, { reason?: string }> }[] | undefined) ?? [];
  for (const s of statuses) {
    const reason = s.state?.waiting?.reason ?? s.state?.terminated?.reason;
    if (reason) return reason;
  }
  return (obj.status?.phase as string | undefined) ?? 'Pending';
}

export function podRestarts(obj: KubeObject): number {
  const statuses = (obj.status?.containerStatuses as { restartCount?: number }[] | undefined) ?? [];
  return statuses.reduce((n, s) => n + (s.restartCount ?? 0), 0);
}
