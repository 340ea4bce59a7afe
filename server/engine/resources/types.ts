import type { ObjectMeta } from '../../../lib/resources/types';
import type { StatusCause } from '../errors';

/** Object metadata is the console's shape too (one definition for both sides of the API). */
export type { ObjectMeta, OwnerReference } from '../../../lib/resources/types';

/** Any stored object: what the API reads and writes, as JSON. */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  spec?: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- shapes vary per kind
  status?: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  [field: string]: unknown;
}

export interface PrinterColumn {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  /** A simple JSONPath: `.status.url`, or `.status.conditions[?(@.type=="Ready")].status`. */
  jsonPath: string;
  description?: string;
  priority?: number;
}

/** Per-kind admission: defaulting then validation, run on create and update through the API. */
export interface Admission {
  /** Mutates `obj` in place (Knative's SetDefaults). */
  default?(obj: KubeObject, old?: KubeObject): void;
  /** Returns the problems, each naming its field path (e.g. `spec.traffic[0].percent`). */
  validate?(obj: KubeObject, old?: KubeObject): StatusCause[];
}

/** One resource kind the engine serves; the single place that knows its identity. */
export interface ResourceType {
  group: string; // '' for core
  version: string;
  kind: string;
  plural: string;
  singular: string;
  namespaced: boolean;
  shortNames?: string[];
  categories?: string[];
  /** Subresources served, e.g. ['status'] or ['status', 'log']. */
  subresources?: string[];
  /** Columns for `kubectl get` (Table output); NAME and AGE are implied. */
  printerColumns?: PrinterColumn[];
  admission?: Admission;
}

/** Storage key of a kind: `group/plural` (core group is empty: `/pods`). */
export const groupResource = (t: Pick<ResourceType, 'group' | 'plural'>) => `${t.group}/${t.plural}`;

export const apiVersionOf = (t: Pick<ResourceType, 'group' | 'version'>) =>
  t.group ? `${t.group}/${t.version}` : t.version;
