import { triggerFilterSpec, type FilterRow } from './trigger-form';
import type { KObject, ObjectRef, TopologyEdge, TopologyNodeData } from './types';

/**
 * Drag-to-connect rules, pure: which drags are valid and which write each one
 * makes. The UI calls these while dragging (to refuse targets visibly) and on drop.
 */

/** Nodes that can receive events (Addressables). */
const ADDRESSABLE = new Set(['service', 'broker', 'channel', 'sequence', 'parallel']);

export type ConnectionIntent =
  | { action: 'set-sink'; owner: ObjectRef; patch: MergePatch; summary: string }
  | { action: 'create-trigger'; broker: ObjectRef; subscriber: ObjectRef; summary: string }
  | { action: 'create-subscription'; object: KObject; summary: string };

export type MergePatch = Record<string, unknown>;

/** A Destination ref for a node; uri cleared so a merge patch replaces a URL sink too. */
export function destinationOf(target: ObjectRef): { ref: { apiVersion: string; kind: string; name: string }; uri: null } {
  return { ref: { apiVersion: target.apiVersion, kind: target.kind, name: target.name }, uri: null };
}

/** The write a drag from `source` to `target` stands for, or undefined when that drag isn't allowed. */
export function connectionIntent(source: TopologyNodeData | undefined, target: TopologyNodeData | undefined): ConnectionIntent | undefined {
  if (!source?.ref || !target?.ref || target.missing || source.missing) return undefined;
  if (source.ref.kind === target.ref.kind && source.ref.name === target.ref.name) return undefined;
  if (source.kind === 'source' && ADDRESSABLE.has(target.kind)) {
    return {
      action: 'set-sink',
      owner: source.ref,
      patch: { spec: { sink: destinationOf(target.ref) } },
      summary: `Send events from ${source.ref.kind} ${source.name} to ${target.resourceKind} ${target.name}`,
    };
  }
  if (source.kind === 'broker' && target.kind === 'service') {
    return { action: 'create-trigger', broker: source.ref, subscriber: target.ref, summary: `Add a trigger on broker ${source.name} for service ${target.name}` };
  }
  if (source.kind === 'channel' && target.kind === 'service') {
    return {
      action: 'create-subscription',
      object: subscriptionObject(source.ref, target.ref),
      summary: `Subscribe service ${target.name} to channel ${source.name}`,
    };
  }
  return undefined;
}

export function isValidConnection(source: TopologyNodeData | undefined, target: TopologyNodeData | undefined): boolean {
  return connectionIntent(source, target) !== undefined;
}

/** A DNS-1123 name for a generated object: `a-b`, trimmed to 63 characters. */
export function childName(...parts: string[]): string {
  return parts.join('-').slice(0, 63).replace(/-+$/, '');
}

export function subscriptionObject(channel: ObjectRef, subscriber: ObjectRef, name = childName(channel.name, subscriber.name)): KObject {
  return {
    apiVersion: 'messaging.knative.dev/v1',
    kind: 'Subscription',
    metadata: { name, namespace: channel.namespace },
    spec: {
      channel: { apiVersion: channel.apiVersion, kind: channel.kind, name: channel.name },
      subscriber: { ref: { apiVersion: subscriber.apiVersion, kind: subscriber.kind, name: subscriber.name } },
    },
  };
}

export function triggerObject(broker: ObjectRef, subscriber: ObjectRef, name: string, rows: FilterRow[]): KObject {
  return {
    apiVersion: 'eventing.knative.dev/v1',
    kind: 'Trigger',
    metadata: { name, namespace: broker.namespace },
    spec: {
      broker: broker.name,
      ...triggerFilterSpec(rows),
      subscriber: { ref: { apiVersion: subscriber.apiVersion, kind: subscriber.kind, name: subscriber.name } },
    },
  };
}

/** Moving an edge's target end: patch the owner's destination field. Undefined when that edge can't move there. */
export function reconnectPatch(edge: Pick<TopologyEdge, 'owner' | 'field' | 'target'>, target: TopologyNodeData | undefined): { owner: ObjectRef; patch: MergePatch } | undefined {
  if (!edge.owner || !edge.field || !target?.ref || target.missing || !ADDRESSABLE.has(target.kind)) return undefined;
  return { owner: edge.owner, patch: { spec: { [edge.field]: destinationOf(target.ref) } } };
}

export type EdgeRemoval = { action: 'delete'; owner: ObjectRef; summary: string } | { action: 'patch'; owner: ObjectRef; patch: MergePatch; summary: string };

/**
 * Deleting an edge: the trigger/subscription goes, or the subscription's reply is cleared.
 * A source's sink edge can only be moved, never removed: a source without a sink is refused by admission.
 */
export function edgeRemoval(edge: Pick<TopologyEdge, 'owner' | 'field' | 'kind'>): EdgeRemoval | undefined {
  const owner = edge.owner;
  if (!owner) return undefined;
  if (edge.kind === 'trigger' || edge.kind === 'subscription') return { action: 'delete', owner, summary: `Delete ${owner.kind} ${owner.name}` };
  if (edge.field === 'reply') return { action: 'patch', owner, patch: { spec: { reply: null } }, summary: `Remove the reply of ${owner.kind} ${owner.name}` };
  return undefined;
}
