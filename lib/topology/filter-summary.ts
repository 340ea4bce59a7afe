/**
 * A one-line, human summary of a Trigger's filter for edge labels. The console
 * never imports engine code, so this mirrors the filter dialects (Knative
 * eventing `filter.attributes` and the CloudEvents Subscriptions API `filters[]`)
 * only as far as describing them goes.
 */

type Dialect = Record<string, unknown>;

export interface TriggerFilterSpec {
  filter?: { attributes?: Record<string, string> };
  filters?: Dialect[];
}

export function summarizeTriggerFilter(spec: TriggerFilterSpec | undefined): string {
  // A non-empty filters[] overrides filter.attributes, exactly as the broker applies them.
  if (spec?.filters && spec.filters.length > 0) return spec.filters.map(summarizeDialect).join(', ');
  const attrs = spec?.filter?.attributes ?? {};
  const keys = Object.keys(attrs).sort();
  if (keys.length === 0) return 'all events';
  return keys.map((k) => (attrs[k] === '' ? `${k} exists` : `${k}=${attrs[k]}`)).join(', ');
}

function entries(map: unknown): [string, string][] {
  if (!map || typeof map !== 'object') return [];
  return Object.entries(map as Record<string, unknown>)
    .map(([k, v]) => [k, String(v)] as [string, string])
    .sort(([a], [b]) => a.localeCompare(b));
}

function summarizeDialect(d: Dialect): string {
  if ('exact' in d) return entries(d.exact).map(([k, v]) => `${k}=${v}`).join(', ');
  if ('prefix' in d) return entries(d.prefix).map(([k, v]) => `${k}=${v}*`).join(', ');
  if ('suffix' in d) return entries(d.suffix).map(([k, v]) => `${k}=*${v}`).join(', ');
  if ('all' in d) return group(d.all, ' and ');
  if ('any' in d) return group(d.any, ' or ');
  if ('not' in d) return `not ${wrap(summarizeDialect((d.not ?? {}) as Dialect))}`;
  if ('cesql' in d) return `sql: ${String(d.cesql)}`;
  return 'unknown filter';
}

function group(list: unknown, sep: string): string {
  const parts = Array.isArray(list) ? list.map((x) => summarizeDialect(x as Dialect)) : [];
  return parts.length === 0 ? 'all events' : wrap(parts.join(sep));
}

function wrap(s: string): string {
  return s.includes(' ') ? `(${s})` : s;
}
