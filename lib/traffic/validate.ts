import type { TrafficTarget } from './types';

/** A problem with `spec.traffic`, worded and placed as Knative's webhook reports it. */
export interface TrafficProblem {
  /** Field path(s) as Knative prints them, e.g. `spec.traffic[1].tag`. */
  paths: string[];
  message: string;
  /** Rows the problem belongs to (empty for the whole list, e.g. the sum). */
  rows: number[];
}

const DNS1035_MAX = 63;
const DNS1035_RE = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
// k8s.io/apimachinery validation.RegexError output, double space included.
const DNS1035_MSG =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

/** `validation.IsDNS1035Label`: the list of reasons `value` is not a DNS-1035 label. */
export function dns1035LabelErrors(value: string): string[] {
  const errs: string[] = [];
  if (value.length > DNS1035_MAX) errs.push(`must be no more than ${DNS1035_MAX} characters`);
  if (!DNS1035_RE.test(value)) errs.push(DNS1035_MSG);
  return errs;
}

/** The message Knative gives for a tag that is not a DNS-1035 label, or undefined. */
export function tagError(tag: string): string | undefined {
  if (tag === '') return undefined;
  const errs = dns1035LabelErrors(tag);
  // apis.ErrInvalidArrayValue(fmt.Sprint("not a DNS 1035 label: ", msgs), ...): Go prints a []string as [a b].
  return errs.length ? `invalid value: not a DNS 1035 label: [${errs.join(' ')}]` : undefined;
}

/**
 * Knative's validation of a Service's `spec.traffic` (`route_validation.go`,
 * `validateTrafficList` within a Service, where configurationName is implied).
 */
export function validateTraffic(traffic: readonly TrafficTarget[]): TrafficProblem[] {
  const problems: TrafficProblem[] = [];
  const at = (i: number, field: string) => `spec.traffic[${i}].${field}`;
  const firstByTag = new Map<string, number>();
  let total = 0;

  traffic.forEach((t, i) => {
    if (t.latestRevision !== undefined && Boolean(t.revisionName) === t.latestRevision) {
      problems.push({
        paths: [at(i, 'latestRevision')],
        message: `may not set revisionName ${JSON.stringify(t.revisionName ?? '')} when latestRevision is ${t.latestRevision}`,
        rows: [i],
      });
    }
    if (t.configurationName) {
      problems.push({ paths: [at(i, 'configurationName')], message: 'must not set the field(s)', rows: [i] });
    }
    if (t.percent !== undefined && (t.percent < 0 || t.percent > 100)) {
      problems.push({ paths: [at(i, 'percent')], message: `expected 0 <= ${t.percent} <= 100`, rows: [i] });
    }
    if (t.url) problems.push({ paths: [at(i, 'url')], message: 'must not set the field(s)', rows: [i] });
    total += t.percent ?? 0;

    if (!t.tag) return;
    const bad = tagError(t.tag);
    if (bad) problems.push({ paths: [`spec.traffic.tag[${i}]`], message: bad, rows: [i] });
    const first = firstByTag.get(t.tag);
    if (first !== undefined) {
      problems.push({
        paths: [at(i, 'tag'), at(first, 'tag')],
        message: `Multiple definitions for ${JSON.stringify(t.tag)}`,
        rows: [i, first],
      });
    } else firstByTag.set(t.tag, i);
  });

  if (total !== 100) {
    problems.push({ paths: ['spec.traffic'], message: `Traffic targets sum to ${total}, want 100`, rows: [] });
  }
  return problems;
}

/** One line per problem, as `kubectl` prints a Knative FieldError: "message: path, path". */
export function formatProblem(p: TrafficProblem): string {
  return `${p.message}: ${p.paths.join(', ')}`;
}
