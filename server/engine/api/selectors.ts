import { badRequest } from '../errors';
import type { KubeObject } from '../resources/types';

/** One requirement of a label selector, as apimachinery's labels.Requirement. */
export type LabelRequirement =
  | { key: string; op: 'in' | 'notin'; values: string[] }
  | { key: string; op: 'exists' | '!exists' }
  | { key: string; op: 'gt' | 'lt'; value: number };

export type LabelSelector = LabelRequirement[];

/** Splits on commas that are not inside `( … )`, so `env in (a,b),tier` is two requirements. */
function splitTopLevel(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')') depth--;
    else if (s[i] === ',' && depth === 0) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

const KEY = /^([a-zA-Z0-9]([-a-zA-Z0-9.]*[a-zA-Z0-9])?\/)?[a-zA-Z0-9]([-a-zA-Z0-9_.]*[a-zA-Z0-9])?$/;
const VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

function checkKey(key: string, raw: string) {
  if (!KEY.test(key)) throw badRequest(`unable to parse requirement: invalid label key "${key}" in selector "${raw}"`);
  return key;
}

function checkValue(value: string, raw: string) {
  if (!VALUE.test(value) || value.length > 63) {
    throw badRequest(`unable to parse requirement: invalid label value "${value}" in selector "${raw}"`);
  }
  return value;
}

/** Parses `a=b,c!=d,e in (x,y),f notin (z),g,!h,i>3` (the labelSelector query parameter). */
export function parseLabelSelector(raw: string | null | undefined): LabelSelector {
  if (!raw) return [];
  return splitTopLevel(raw).map((part): LabelRequirement => {
    const set = /^(\S+)\s+(in|notin)\s*\((.*)\)$/.exec(part);
    if (set) {
      const values = set[3].split(',').map((v) => checkValue(v.trim(), raw));
      return { key: checkKey(set[1], raw), op: set[2] as 'in' | 'notin', values };
    }
    if (part.startsWith('!')) return { key: checkKey(part.slice(1).trim(), raw), op: '!exists' };
    const cmp = /^([^=!<>\s]+)\s*(==|=|!=|>|<)\s*(.*)$/.exec(part);
    if (cmp) {
      const [, key, op, value] = cmp;
      checkKey(key, raw);
      if (op === '>' || op === '<') {
        const n = Number(value);
        if (!Number.isInteger(n)) throw badRequest(`unable to parse requirement: for 'gt', 'lt' operators, the value must be an integer in selector "${raw}"`);
        return { key, op: op === '>' ? 'gt' : 'lt', value: n };
      }
      const v = checkValue(value.trim(), raw);
      return { key, op: op === '!=' ? 'notin' : 'in', values: [v] };
    }
    return { key: checkKey(part, raw), op: 'exists' };
  });
}

export function matchesLabels(selector: LabelSelector, labels: Record<string, string> | undefined): boolean {
  const l = labels ?? {};
  return selector.every((r) => {
    const has = Object.hasOwn(l, r.key);
    switch (r.op) {
      case 'exists':
        return has;
      case '!exists':
        return !has;
      case 'in':
        return has && r.values.includes(l[r.key]);
      case 'notin':
        return !has || !r.values.includes(l[r.key]);
      case 'gt':
        return has && Number(l[r.key]) > r.value;
      case 'lt':
        return has && Number(l[r.key]) < r.value;
    }
  });
}

export interface FieldRequirement {
  field: string;
  op: '=' | '!=';
  value: string;
}

/** Parses `metadata.name=x,metadata.namespace!=y` (the fieldSelector query parameter). */
export function parseFieldSelector(raw: string | null | undefined): FieldRequirement[] {
  if (!raw) return [];
  return raw
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((part) => {
      const m = /^([A-Za-z0-9_.-]+)\s*(==|=|!=)\s*(.*)$/.exec(part);
      if (!m) throw badRequest(`invalid selector: '${raw}'; can't understand '${part}'`);
      return { field: m[1], op: m[2] === '!=' ? '!=' : '=', value: m[3].trim() };
    });
}

/**
 * Field values by dotted path (`metadata.name`, `status.phase`, `spec.nodeName`,
 * `involvedObject.uid`): kube supports a fixed list per kind; any path is
 * answered here, a missing field reading as "".
 */
export function fieldValue(obj: KubeObject, field: string): string {
  let cur: unknown = obj;
  for (const seg of field.split('.')) {
    if (cur === null || typeof cur !== 'object') return '';
    cur = (cur as Record<string, unknown>)[seg];
  }
  if (cur === undefined || cur === null) return '';
  return typeof cur === 'object' ? JSON.stringify(cur) : String(cur);
}

export function matchesFields(selector: FieldRequirement[], obj: KubeObject): boolean {
  return selector.every((r) => (fieldValue(obj, r.field) === r.value) === (r.op === '='));
}

/** A parsed `labelSelector` + `fieldSelector` pair, as lists and watches use them. */
export interface ObjectFilter {
  labels: LabelSelector;
  fields: FieldRequirement[];
}

export const parseFilter = (params: URLSearchParams): ObjectFilter => ({
  labels: parseLabelSelector(params.get('labelSelector')),
  fields: parseFieldSelector(params.get('fieldSelector')),
});

export const matchesFilter = (f: ObjectFilter, obj: KubeObject) =>
  matchesLabels(f.labels, obj.metadata.labels) && matchesFields(f.fields, obj);

export const isEmptyFilter = (f: ObjectFilter) => f.labels.length === 0 && f.fields.length === 0;
