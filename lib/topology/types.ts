/**
 * The topology model: what the graph shows, derived purely from the resources of
 * one namespace. No React, no I/O — the components render it, the tests table it.
 */

/** The slice of a Kubernetes object the model reads (structurally compatible with any KubeObject). */
export interface KObject {
  apiVersion?: string;
  kind?: string;
  metadata: {
    name?: string;
    namespace?: string;
    uid?: string;
    resourceVersion?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    ownerReferences?: { apiVersion?: string; kind: string; name: string; uid?: string; controller?: boolean }[];
    creationTimestamp?: string;
    deletionTimestamp?: string;
  };
  // Specs and statuses differ per kind; readers narrow them locally.
  spec?: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  status?: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Everything in a namespace the graph is made of. Missing lists count as empty. */
export interface TopologyInput {
  namespace: string;
  services?: KObject[];
  revisions?: KObject[];
  routes?: KObject[];
  pods?: KObject[];
  brokers?: KObject[];
  triggers?: KObject[];
  channels?: KObject[];
  subscriptions?: KObject[];
  sequences?: KObject[];
  parallels?: KObject[];
  pingsources?: KObject[];
  apiserversources?: KObject[];
  sinkbindings?: KObject[];
  containersources?: KObject[];
}

export type NodeKind = 'service' | 'revision' | 'source' | 'broker' | 'channel' | 'sequence' | 'parallel' | 'external' | 'group';

export type EdgeKind = 'traffic' | 'sink' | 'trigger' | 'subscription' | 'reply' | 'step' | 'branch';

export interface NodeStatus {
  /** The Ready condition's status; Unknown when the object has none yet. */
  ready: 'True' | 'False' | 'Unknown';
  reason?: string;
  message?: string;
}

/** A Kubernetes object reference, as written into sinks/subscribers. */
export interface ObjectRef {
  apiVersion: string;
  kind: string;
  name: string;
  namespace: string;
}

export interface RevisionSummary {
  name: string;
  percent: number;
  tag?: string;
  latest: boolean;
  pods: number;
}

export interface TopologyNodeData {
  kind: NodeKind;
  /** The Kubernetes kind (Service, PingSource, …); 'URI' for external URLs, 'Group' for app groups. */
  resourceKind: string;
  name: string;
  namespace: string;
  /** The object this node stands for; absent for URIs, groups and refs to missing objects. */
  ref?: ObjectRef;
  status: NodeStatus;
  url?: string;
  /** Ready pods (service: sum over its revisions). */
  podCount?: number;
  revisions?: RevisionSummary[];
  /** The group node id (app.kubernetes.io/part-of) this node belongs to. */
  group?: string;
  /** For groups: member node ids. */
  members?: string[];
  /** For external nodes: the object the ref names does not exist (yet). */
  missing?: boolean;
  /** Changes whenever anything shown on the node changes; the diff compares it. */
  version: string;
}

export interface TopologyNode {
  id: string;
  data: TopologyNodeData;
}

export interface TopologyEdge {
  id: string;
  kind: EdgeKind;
  source: string;
  target: string;
  label?: string;
  /** The object that owns this edge: deleting/reconnecting the edge acts on it. */
  owner?: ObjectRef;
  /** Which destination field of `owner` the edge's target is; absent when the edge can't be moved. */
  field?: 'sink' | 'subscriber' | 'reply';
  version: string;
}

export interface TopologyModel {
  nodes: TopologyNode[];
  edges: TopologyEdge[];
}
