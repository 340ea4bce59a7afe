import type { TrafficTarget } from '../../../../lib/resources/types';
import { isDNS1035Label, isQualifiedName } from './dns';
import { disallowedField, generic, invalidValue, missingField, outOfBounds, via, type Causes } from './field';

/** A serving.knative.dev/v1 TrafficTarget, as it appears in spec and status: the console's type. */
export type { TrafficTarget };

export interface TrafficContext {
  /** Inside a Service, whose traffic implicitly targets the Service's own Configuration. */
  inService: boolean;
  /** Validating status.traffic rather than spec.traffic. */
  inStatus?: boolean;
}

/** route_defaults.go: a Service's empty traffic goes 100% to its latest revision; latestRevision follows revisionName; percent 0. */
export function defaultTraffic(traffic: TrafficTarget[] | undefined, ctx: TrafficContext): TrafficTarget[] | undefined {
  let list = traffic;
  if ((!list || list.length === 0) && ctx.inService) list = [{ latestRevision: true, percent: 100 }];
  return list?.map((t) => ({
    ...t,
    latestRevision: t.latestRevision ?? !t.revisionName,
    percent: t.percent ?? 0,
  }));
}

/** route_validation.go validateTrafficList: paths are relative to the list (`[0].tag`, `` for the sum). */
export function validateTrafficList(traffic: TrafficTarget[], ctx: TrafficContext): Causes {
  const causes: Causes = [];
  const tags = new Map<string, number>();
  let sum = 0;
  traffic.forEach((t, i) => {
    causes.push(...via(validateTarget(t, ctx), `[${i}]`));
    sum += t.percent ?? 0;
    if (!t.tag) return;
    const first = tags.get(t.tag);
    if (first !== undefined) {
      const message = `Multiple definitions for "${t.tag}"`;
      causes.push(generic(message, `[${first}].tag`), generic(message, `[${i}].tag`));
    } else tags.set(t.tag, i);
  });
  if (sum !== 100) causes.push(generic(`Traffic targets sum to ${sum}, want 100`, ''));
  return causes;
}

/** TrafficTarget.Validate, field by field as Knative orders it. */
export function validateTarget(t: TrafficTarget, ctx: TrafficContext): Causes {
  const causes: Causes = [];
  if (t.latestRevision !== undefined && t.latestRevision !== null) {
    const pinned = !!t.revisionName;
    if (pinned === t.latestRevision) {
      causes.push(generic(`may not set revisionName "${t.revisionName ?? ''}" when latestRevision is ${t.latestRevision}`, 'latestRevision'));
    }
  }
  if (ctx.inService && t.configurationName) causes.push(disallowedField('configurationName'));
  else if (t.revisionName && t.configurationName) {
    causes.push(generic('expected exactly one, got both', 'revisionName, configurationName'));
  } else if (t.revisionName) {
    for (const e of isQualifiedName(t.revisionName)) causes.push(invalidKeyName(t.revisionName, 'revisionName', e));
  } else if (ctx.inStatus) causes.push(missingField('revisionName'));
  else if (t.configurationName) {
    for (const e of isQualifiedName(t.configurationName)) causes.push(invalidKeyName(t.configurationName, 'configurationName', e));
  } else if (!ctx.inService) {
    causes.push(generic('expected exactly one, got neither', 'revisionName, configurationName'));
  }
  if (t.percent !== undefined && t.percent !== null && (t.percent < 0 || t.percent > 100 || !Number.isInteger(t.percent))) {
    causes.push(outOfBounds(t.percent, 0, 100, 'percent'));
  }
  if (t.url) {
    if (!ctx.inStatus || !t.tag) causes.push(disallowedField('url'));
  } else if (t.tag && ctx.inStatus) causes.push(missingField('url'));
  // route_validation.go: ErrInvalidArrayValue(fmt.Sprint("not a DNS 1035 label: ", msgs), ...); Go prints a []string as [a b].
  const tagErrors = t.tag ? isDNS1035Label(t.tag) : [];
  if (tagErrors.length) causes.push(invalidValue(`not a DNS 1035 label: [${tagErrors.join(' ')}]`, 'tag'));
  return causes;
}

const invalidKeyName = (value: string, field: string, detail: string) =>
  generic(`invalid key name "${value}": ${detail}`, field);
