/**
 * Shapes of the Kubernetes and Knative objects the console reads. Only the fields the
 * console uses are typed; everything else passes through untouched (index signatures),
 * so a YAML round trip never loses data.
 */

export interface OwnerReference {
  apiVersion: string;
  kind: string;
  name: string;
  uid: string;
  controller?: boolean;
  blockOwnerDeletion?: boolean;
}

export interface ObjectMeta {
  name: string;
  namespace?: string;
  generateName?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: OwnerReference[];
  finalizers?: string[];
  [field: string]: unknown;
}

export interface Condition {
  type: string;
  status: 'True' | 'False' | 'Unknown' | string;
  reason?: string;
  message?: string;
  severity?: string;
  lastTransitionTime?: string;
}

export interface KnativeStatus {
  observedGeneration?: number;
  conditions?: Condition[];
  address?: { url?: string; name?: string };
  url?: string;
  [field: string]: unknown;
}

export interface KubeObject<Spec = Record<string, unknown>, Status = KnativeStatus> {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  spec?: Spec;
  status?: Status;
  [field: string]: unknown;
}

export interface KubeList<T extends KubeObject = KubeObject> {
  items: T[];
  resourceVersion: string;
}

/** A Kubernetes `Status` failure, as the API (and the console's routes) return it. */
export interface KubeStatus {
  kind: 'Status';
  apiVersion: 'v1';
  status: 'Failure' | 'Success';
  message: string;
  reason: string;
  code: number;
  details?: { name?: string; group?: string; kind?: string; causes?: { field?: string; message: string; reason?: string }[] };
  metadata?: Record<string, unknown>;
}

/** A Knative duck-typed reference: `ref` to an Addressable and/or a `uri`. */
export interface KReference {
  apiVersion?: string;
  kind: string;
  name: string;
  namespace?: string;
}

export interface Destination {
  ref?: KReference;
  uri?: string;
}

export interface TrafficTarget {
  tag?: string;
  revisionName?: string;
  configurationName?: string;
  latestRevision?: boolean;
  percent?: number;
  url?: string;
}

export interface ServiceStatus extends KnativeStatus {
  latestReadyRevisionName?: string;
  latestCreatedRevisionName?: string;
  traffic?: TrafficTarget[];
}

export interface ServiceSpec {
  template?: { metadata?: Partial<ObjectMeta>; spec?: RevisionSpec };
  traffic?: TrafficTarget[];
  [field: string]: unknown;
}

export interface Container {
  name?: string;
  image?: string;
  env?: { name: string; value?: string }[];
  ports?: { containerPort: number; name?: string }[];
  [field: string]: unknown;
}

export interface RevisionSpec {
  containers?: Container[];
  containerConcurrency?: number;
  timeoutSeconds?: number;
  [field: string]: unknown;
}

export interface RevisionStatus extends KnativeStatus {
  actualReplicas?: number;
  desiredReplicas?: number;
}

export type KService = KubeObject<ServiceSpec, ServiceStatus>;
export type Revision = KubeObject<RevisionSpec, RevisionStatus>;
export type KRoute = KubeObject<{ traffic?: TrafficTarget[] }, KnativeStatus & { traffic?: TrafficTarget[] }>;

export interface TriggerSpec {
  broker?: string;
  filter?: { attributes?: Record<string, string> };
  subscriber?: Destination;
  [field: string]: unknown;
}
export type Trigger = KubeObject<TriggerSpec, KnativeStatus & { subscriberUri?: string }>;

export type Source = KubeObject<{ sink?: Destination; [field: string]: unknown }, KnativeStatus & { sinkUri?: string }>;

export interface PodStatus {
  phase?: string;
  podIP?: string;
  conditions?: Condition[];
  containerStatuses?: { name: string; ready?: boolean; restartCount?: number; state?: Record<string, unknown> }[];
  [field: string]: unknown;
}
export type Pod = KubeObject<{ containers?: Container[]; [field: string]: unknown }, PodStatus>;

/** What the console's SSE stream sends: a snapshot on connect, then the watch events. */
export type WatchMessage =
  | { type: 'SYNC'; items: KubeObject[]; resourceVersion: string }
  | { type: 'ADDED' | 'MODIFIED' | 'DELETED'; object: KubeObject }
  | { type: 'ERROR'; status: KubeStatus };
