import type { SubscriptionsAPIFilter, TriggerFilterSpec } from './types';

const pairs = (m: Record<string, string>) =>
  Object.keys(m)
    .sort()
    .map((k) => `${k}=${m[k]}`);

function summarizeOne(f: SubscriptionsAPIFilter): string {
  if (f.exact && Object.keys(f.exact).length > 0) return pairs(f.exact).join(', ');
  if (f.prefix && Object.keys(f.prefix).length > 0) return pairs(f.prefix).map((p) => `prefix ${p}`).join(', ');
  if (f.suffix && Object.keys(f.suffix).length > 0) return pairs(f.suffix).map((p) => `suffix ${p}`).join(', ');
  if (f.all && f.all.length > 0) return `all(${f.all.map(summarizeOne).join('; ')})`;
  if (f.any && f.any.length > 0) return `any(${f.any.map(summarizeOne).join('; ')})`;
  if (f.not) return `not(${summarizeOne(f.not)})`;
  if (f.cesql) return `cesql: ${f.cesql}`;
  return 'no filter';
}

/**
 * One line describing what a Trigger lets through, for the topology and the
 * console: `type=dev.knative.sources.ping`, `prefix source=/apis`,
 * `cesql: type LIKE 'dev.%'`, `any(type=a; type=b)`, or `all events`.
 */
export function summarizeFilter(spec: TriggerFilterSpec | null | undefined): string {
  if (spec?.filters && spec.filters.length > 0) return spec.filters.map(summarizeOne).join(', ');
  const attrs = spec?.filter?.attributes ?? {};
  const keys = Object.keys(attrs).sort();
  if (keys.length === 0) return 'all events';
  return keys.map((k) => (attrs[k] === '' ? `${k} (any value)` : `${k}=${attrs[k]}`)).join(', ');
}
