import { cesqlPredicate, tryParseCesql } from './cesql';
import { attributesFilter, lookupAttribute } from './attributes';
import type { Filter, FilterResult, SubscriptionsAPIFilter } from './types';

const or = (x: FilterResult, y: FilterResult): FilterResult =>
  x === 'none' ? y : y === 'none' ? x : x === 'pass' || y === 'pass' ? 'pass' : 'fail';

const nonEmpty = (m: Record<string, string> | undefined): m is Record<string, string> =>
  !!m && Object.keys(m).length > 0;
const hasEmptyEntry = (m: Record<string, string>) => Object.entries(m).some(([k, v]) => k === '' || v === '');

function matchEach(map: Record<string, string>, test: (value: string, want: string) => boolean): Filter {
  const entries = Object.entries(map);
  return (event) => {
    for (const [key, want] of entries) {
      const got = lookupAttribute(event, key);
      if (got === undefined || !test(got, want)) return 'fail';
    }
    return 'pass';
  };
}

/**
 * One `filters[]` element as Knative materialises it
 * (pkg/eventfilter/subscriptionsapi/create.go): the first dialect present wins
 * (exact, prefix, suffix, all, any, not, cesql); an element that cannot be built
 * (empty key or value, a CESQL syntax error, no dialect) is skipped, i.e. null.
 */
export function materializeFilter(f: SubscriptionsAPIFilter | null | undefined): Filter | null {
  if (!f) return null;
  if (nonEmpty(f.exact)) return hasEmptyEntry(f.exact) ? null : attributesFilter(f.exact);
  if (nonEmpty(f.prefix)) return hasEmptyEntry(f.prefix) ? null : matchEach(f.prefix, (v, p) => v.startsWith(p));
  if (nonEmpty(f.suffix)) return hasEmptyEntry(f.suffix) ? null : matchEach(f.suffix, (v, s) => v.endsWith(s));
  if (f.all && f.all.length > 0) return allFilter(materializeList(f.all));
  if (f.any && f.any.length > 0) return anyFilter(materializeList(f.any));
  if (f.not) return notFilter(materializeFilter(f.not));
  if (f.cesql) {
    const parsed = tryParseCesql(f.cesql);
    if (!('expr' in parsed)) return null;
    const predicate = cesqlPredicate(parsed.expr);
    return (event) => (predicate(event) ? 'pass' : 'fail');
  }
  return null;
}

export function materializeList(list: SubscriptionsAPIFilter[]): Filter[] {
  return list.map(materializeFilter).filter((f): f is Filter => f !== null);
}

/** Knative's allFilter: the first failure fails; otherwise the last element's result (none if empty). */
export function allFilter(filters: Filter[]): Filter {
  if (filters.length === 1) return filters[0];
  return (event) => {
    let res: FilterResult = 'none';
    for (const f of filters) {
      res = f(event);
      if (res === 'fail') return 'fail';
    }
    return res;
  };
}

export function anyFilter(filters: Filter[]): Filter {
  return (event) => {
    let res: FilterResult = 'none';
    for (const f of filters) {
      res = or(res, f(event));
      if (res === 'pass') return 'pass';
    }
    return res;
  };
}

export function notFilter(inner: Filter | null): Filter {
  return (event) => {
    if (!inner) return 'none';
    const r = inner(event);
    return r === 'pass' ? 'fail' : r === 'fail' ? 'pass' : 'none';
  };
}

/** `spec.filters[]`: ANDed (Knative's allFilter); an empty list is no filter. */
export function subscriptionsApiFilter(filters: SubscriptionsAPIFilter[]): Filter {
  if (filters.length === 0) return () => 'none';
  return allFilter(materializeList(filters));
}
