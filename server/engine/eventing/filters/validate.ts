import type { StatusCause } from '../../errors';
import { tryParseCesql } from './cesql';
import type { TriggerFilterSpec } from './types';

const ATTRIBUTE_NAME = /^[a-z][a-z0-9]*$/;
const NAME_RULE = 'Attribute name must start with a letter and can only contain lowercase alphanumeric';
const DIALECTS = ['exact', 'prefix', 'suffix', 'all', 'any', 'not', 'cesql'] as const;

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function validateNames(map: Record<string, unknown>, field: string): StatusCause[] {
  return Object.keys(map)
    .filter((k) => k !== '' && !ATTRIBUTE_NAME.test(k))
    .map((k) => ({ field: `${field}[${k}]`, message: `invalid key name "${k}": ${NAME_RULE}` }));
}

function validateMap(map: unknown, field: string, what: 'value' | 'prefix' | 'suffix'): StatusCause[] {
  if (map === undefined || map === null) return [];
  if (!isObject(map)) return [{ field, message: 'must be a map of attribute names to strings' }];
  const causes = validateNames(map, field);
  for (const [k, v] of Object.entries(map)) {
    if (typeof v !== 'string') causes.push({ field: `${field}[${k}]`, message: 'must be a string' });
  }
  if (Object.entries(map).some(([k, v]) => k === '' || v === '')) {
    causes.push({ field, message: `invalid arguments, attribute and ${what} can't be empty` });
  }
  return causes;
}

/** Knative's hasMultipleDialects: at most one of the dialects may be set on one element. */
function dialectsSet(f: Record<string, unknown>): string[] {
  return DIALECTS.filter((d) => {
    const v = f[d];
    if (d === 'not') return v !== undefined && v !== null;
    if (d === 'cesql') return typeof v === 'string' && v !== '';
    if (Array.isArray(v)) return v.length > 0;
    return isObject(v) && Object.keys(v).length > 0;
  });
}

function validateFilter(f: unknown, field: string): StatusCause[] {
  if (f === undefined || f === null) return [];
  if (!isObject(f)) return [{ field, message: 'must be an object with one filter dialect' }];
  const causes: StatusCause[] = [];
  if (dialectsSet(f).length > 1) {
    causes.push({ field, message: 'multiple dialects found, filters can have only one dialect set' });
  }
  causes.push(...validateMap(f.exact, `${field}.exact`, 'value'));
  causes.push(...validateMap(f.prefix, `${field}.prefix`, 'prefix'));
  causes.push(...validateMap(f.suffix, `${field}.suffix`, 'suffix'));
  causes.push(...validateList(f.all, `${field}.all`));
  causes.push(...validateList(f.any, `${field}.any`));
  causes.push(...validateFilter(f.not, `${field}.not`));
  if (f.cesql !== undefined && f.cesql !== null && f.cesql !== '') {
    if (typeof f.cesql !== 'string') {
      causes.push({ field: `${field}.cesql`, message: 'must be a string' });
    } else {
      const parsed = tryParseCesql(f.cesql);
      if ('error' in parsed) causes.push({ field: `${field}.cesql`, message: `invalid value: ${f.cesql}: ${parsed.error}` });
    }
  }
  return causes;
}

function validateList(list: unknown, field: string): StatusCause[] {
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) return [{ field, message: 'must be a list of filters' }];
  return list.flatMap((f, i) => validateFilter(f, `${field}[${i}]`));
}

/**
 * Trigger admission for `filter` and `filters` (Knative's trigger_validation.go),
 * with field paths under `fieldPath` (e.g. `spec`): attribute names must match
 * ^[a-z][a-z0-9]*$, each `filters[]` element uses one dialect, exact/prefix/suffix
 * keys and values must not be empty, and CESQL must parse.
 */
export function validateTriggerFilters(spec: TriggerFilterSpec | null | undefined, fieldPath: string): StatusCause[] {
  const causes: StatusCause[] = [];
  const attrs = spec?.filter?.attributes;
  if (attrs !== undefined && attrs !== null) {
    if (!isObject(attrs)) causes.push({ field: `${fieldPath}.filter.attributes`, message: 'must be a map of attribute names to strings' });
    else causes.push(...validateNames(attrs, `${fieldPath}.filter.attributes`));
  }
  causes.push(...validateList(spec?.filters, `${fieldPath}.filters`));
  return causes;
}
