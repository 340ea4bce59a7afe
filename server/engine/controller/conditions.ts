/** Knative-style status conditions (knative.dev/pkg apis.Condition). */
export interface Condition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason?: string;
  message?: string;
  severity?: 'Error' | 'Warning' | 'Info' | '';
  lastTransitionTime?: string;
}

/**
 * Sets one condition, keeping lastTransitionTime when the status did not change,
 * so an unchanged status writes nothing new.
 */
export function setCondition(conditions: Condition[] | undefined, next: Condition, now = new Date()): Condition[] {
  const list = [...(conditions ?? [])];
  const i = list.findIndex((c) => c.type === next.type);
  const prev = i >= 0 ? list[i] : undefined;
  const merged: Condition = {
    type: next.type,
    status: next.status,
    ...(next.reason ? { reason: next.reason } : {}),
    ...(next.message ? { message: next.message } : {}),
    ...(next.severity ? { severity: next.severity } : {}),
    lastTransitionTime:
      prev && prev.status === next.status && prev.lastTransitionTime
        ? prev.lastTransitionTime
        : now.toISOString().replace(/\.\d+Z$/, 'Z'),
  };
  if (i >= 0) list[i] = merged;
  else list.push(merged);
  return list.sort((a, b) => a.type.localeCompare(b.type));
}

export const getCondition = (conditions: Condition[] | undefined, type: string) =>
  conditions?.find((c) => c.type === type);

export const isTrue = (conditions: Condition[] | undefined, type: string) =>
  getCondition(conditions, type)?.status === 'True';

/**
 * The Ready condition as the conjunction of `dependents` (Knative's ConditionSet):
 * False if any is False, Unknown if any is Unknown or missing, else True; the
 * first failing dependent lends its reason and message.
 */
export function summarize(conditions: Condition[], dependents: string[], happy = 'Ready'): Condition[] {
  const deps = dependents.map((t) => getCondition(conditions, t) ?? { type: t, status: 'Unknown' as const });
  const failed = deps.find((c) => c.status === 'False') ?? deps.find((c) => c.status === 'Unknown');
  return setCondition(
    conditions,
    failed
      ? { type: happy, status: failed.status, reason: failed.reason, message: failed.message }
      : { type: happy, status: 'True' },
  );
}
