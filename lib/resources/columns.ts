import { readiness } from './conditions';
import { age } from './format';
import type { KubeObject } from './types';

/** Identifies a kind in the console (the URL segment and the API route segment). */
export type KindId =
  | 'services' | 'configurations' | 'revisions' | 'routes' | 'podautoscalers'
  | 'pods' | 'namespaces' | 'configmaps' | 'secrets' | 'deployments'
  | 'brokers' | 'triggers' | 'eventtypes'
  | 'channels' | 'subscriptions' | 'sequences' | 'parallels'
  | 'pingsources' | 'apiserversources' | 'sinkbindings' | 'containersources';

/** Lists of other kinds (same namespace) a column may need, e.g. a revision's traffic lives on its service. */
export interface ColumnContext {
  related: Partial<Record<KindId, KubeObject[]>>;
  now: number;
}

export type CellValue = string | number | undefined;

export interface Column {
  title: string;
  value(obj: KubeObject, ctx: ColumnContext): CellValue;
  /** How to render the value: a plain cell, an external link, a Ready status label, or a link to an object of `linkTo` kind. */
  type?: 'text' | 'url' | 'ready' | 'age';
  /** When set, the value is the name of an object of this kind in the same namespace. */
  linkTo?: KindId;
  /** Sort key when it differs from the displayed value (e.g. ages sort by timestamp). */
  sortValue?(obj: KubeObject, ctx: ColumnContext): string | number;
}

export interface DetailField {
  label: string;
  value(obj: KubeObject): CellValue;
  type?: 'text' | 'url';
  linkTo?: KindId;
}

/** Reads a dotted path (`status.address.url`) from an object. */
export function pick(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

const asCell = (v: unknown): CellValue => (typeof v === 'string' || typeof v === 'number' ? v : undefined);

export const field = (title: string, path: string, extra: Partial<Column> = {}): Column => ({
  title,
  value: (obj) => asCell(pick(obj, path)),
  ...extra,
});

export const label = (title: string, key: string, extra: Partial<Column> = {}): Column => ({
  title,
  value: (obj) => obj.metadata.labels?.[key],
  ...extra,
});

export const ageColumn: Column = {
  title: 'Age',
  type: 'age',
  value: (obj, ctx) => age(obj.metadata.creationTimestamp, ctx.now),
  sortValue: (obj) => -Date.parse(obj.metadata.creationTimestamp ?? '') || 0,
};

export const readyColumn: Column = { title: 'Ready', type: 'ready', value: (obj) => readiness(obj).ready };
export const reasonColumn: Column = { title: 'Reason', value: (obj) => readiness(obj).reason };
export const readyReason: Column[] = [readyColumn, reasonColumn];

export const urlColumn: Column = field('URL', 'status.url', { type: 'url' });
export const addressColumn: Column = field('URL', 'status.address.url', { type: 'url' });

export const detail = (labelText: string, path: string, extra: Partial<DetailField> = {}): DetailField => ({
  label: labelText,
  value: (obj) => asCell(pick(obj, path)),
  ...extra,
});
