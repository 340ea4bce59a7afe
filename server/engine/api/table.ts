import type { KubeObject, PrinterColumn, ResourceType } from '../resources/types';
import { groupResource } from '../resources/types';
import { age } from './duration';
import { evalJsonPath } from './jsonpath';
import { ageColumn, builtinPrinters, col, nameColumn, type ColumnDefinition } from './printers';

/** What the client asked for in Accept: a plain object, a Table, or metadata only. */
export type Rendering =
  | { as: 'object' }
  | { as: 'Table'; version: 'v1' | 'v1beta1' }
  | { as: 'PartialObjectMetadata'; version: 'v1' | 'v1beta1' };

/**
 * Picks the first Accept entry the engine can produce, as kube-apiserver's
 * content negotiation does: `application/json;as=Table;v=v1;g=meta.k8s.io` asks
 * for a Table, `…as=PartialObjectMetadata(List)` for metadata only.
 */
export function negotiate(accept: string | undefined): Rendering {
  for (const entry of (accept ?? '').split(',')) {
    const [media, ...paramParts] = entry.split(';').map((s) => s.trim());
    if (media !== 'application/json' && media !== '*/*' && media !== 'application/*') continue;
    const params = Object.fromEntries(paramParts.map((p) => p.split('=').map((s) => s.trim())));
    if (!params.as) return { as: 'object' };
    if (params.g !== 'meta.k8s.io' || (params.v !== 'v1' && params.v !== 'v1beta1')) continue;
    if (params.as === 'Table') return { as: 'Table', version: params.v };
    if (params.as === 'PartialObjectMetadata' || params.as === 'PartialObjectMetadataList') {
      return { as: 'PartialObjectMetadata', version: params.v };
    }
  }
  return { as: 'object' };
}

export const partialObjectMetadata = (obj: KubeObject, version = 'v1') => ({
  kind: 'PartialObjectMetadata',
  apiVersion: `meta.k8s.io/${version}`,
  metadata: obj.metadata,
});

/** A printer column's cell as the CRD table convertor renders it: typed scalar, joined list, age for dates, null when absent. */
export function columnCell(obj: KubeObject, column: PrinterColumn, now: number): unknown {
  let values: unknown[];
  try {
    values = evalJsonPath(obj, column.jsonPath);
  } catch {
    return null;
  }
  if (values.length === 0) return null;
  if (column.type === 'date') return typeof values[0] === 'string' ? age(values[0], now) : null;
  if (values.length > 1) return values.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(',');
  const v = values[0];
  if (v === null || v === undefined) return null;
  if (column.type === 'integer' || column.type === 'number') return typeof v === 'number' ? v : Number.isNaN(Number(v)) ? v : Number(v);
  if (column.type === 'boolean') return typeof v === 'boolean' ? v : String(v) === 'true';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

interface Printer {
  columns: ColumnDefinition[];
  cells(obj: KubeObject, now: number): unknown[];
}

/**
 * A kind's table printer: built-in kinds print as kube-apiserver's Go printers
 * do; the others as a CRD with additionalPrinterColumns (NAME, then exactly
 * those columns — no AGE unless listed, like Knative's ksvc), or NAME/AGE when
 * the kind has none.
 */
export function printerFor(t: ResourceType): Printer {
  const builtin = builtinPrinters[groupResource(t)];
  if (builtin) return builtin;
  const columns = t.printerColumns ?? [];
  if (columns.length === 0) {
    return {
      columns: [nameColumn, ageColumn],
      cells: (o, now) => [o.metadata.name, age(o.metadata.creationTimestamp, now)],
    };
  }
  return {
    columns: [nameColumn, ...columns.map((c) => col(c.name, c.type === 'date' ? 'date' : c.type, c.priority ?? 0, '', c.description ?? ''))],
    cells: (o, now) => [o.metadata.name, ...columns.map((c) => columnCell(o, c, now))],
  };
}

export interface TableOptions {
  version: 'v1' | 'v1beta1';
  includeObject: 'None' | 'Metadata' | 'Object';
  resourceVersion: string;
  continueToken?: string;
  remainingItemCount?: number;
  /** Watches send column definitions with the first event only, like kube-apiserver. */
  noHeaders?: boolean;
  now?: number;
}

/** A meta.k8s.io Table of objects (what `kubectl get` prints). */
export function toTable(t: ResourceType, objects: KubeObject[], opts: TableOptions) {
  const printer = printerFor(t);
  const now = opts.now ?? Date.now();
  return {
    kind: 'Table',
    apiVersion: `meta.k8s.io/${opts.version}`,
    metadata: {
      resourceVersion: opts.resourceVersion,
      ...(opts.continueToken ? { continue: opts.continueToken } : {}),
      ...(opts.remainingItemCount !== undefined ? { remainingItemCount: opts.remainingItemCount } : {}),
    },
    columnDefinitions: opts.noHeaders ? [] : printer.columns,
    rows: objects.map((o) => ({
      cells: printer.cells(o, now),
      ...(opts.includeObject === 'None'
        ? {}
        : { object: opts.includeObject === 'Object' ? o : partialObjectMetadata(o, opts.version) }),
    })),
  };
}

export function includeObjectParam(value: string | null): TableOptions['includeObject'] {
  return value === 'None' || value === 'Object' ? value : 'Metadata';
}
