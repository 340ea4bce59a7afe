'use client';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { NODE_SIZE, type TopologyNodeData } from '@/lib/topology';
import { useDragClass } from './drag-targets';
import { hasSourceHandle } from './flow-handles';
import { KindIcon, StatusIcon } from './kind-icon';
import { PodRing } from './pod-ring';
import styles from './topology.module.css';

export type TopologyFlowNode = Node<TopologyNodeData & Record<string, unknown>>;

const cx = (...c: (string | false | undefined)[]) => c.filter(Boolean).join(' ');

/** Events flow in on the left and out on the right; only the right handle starts a drag. */
function Handles({ source }: { source: boolean }) {
  return (
    <>
      <Handle type="target" position={Position.Left} isConnectableStart={false} />
      {source && <Handle type="source" position={Position.Right} aria-label="Drag to connect" />}
    </>
  );
}

/** A Knative Service card: status, name, URL, live pod ring and its revisions' split. */
export const ServiceNode = memo(function ServiceNode({ id, data, selected }: NodeProps<TopologyFlowNode>) {
  const drag = useDragClass(id, styles.validTarget, styles.invalidTarget);
  const revs = data.revisions ?? [];
  return (
    <div className={cx(styles.node, selected && styles.selected, drag)} style={NODE_SIZE.service} data-testid={`node-${id}`}>
      <Handles source />
      <div className={styles.row}>
        <StatusIcon status={data.status} />
        <KindIcon kind="Service" />
        <span className={styles.name} title={data.name}>{data.name}</span>
        <span className={styles.pods}><PodRing count={data.podCount ?? 0} /></span>
      </div>
      {data.url && (
        <a className={styles.url} href={data.url} target="_blank" rel="noreferrer" onClick={(e) => e.stopPropagation()}>
          {data.url}
        </a>
      )}
      <div className={styles.kind} title={revs.map((r) => `${r.name} ${r.percent}%`).join(', ')}>
        {revs.length === 0 ? 'no revision ready' : revs.map((r) => `${r.name.slice(data.name.length + 1)} ${r.percent}%`).join(' · ')}
      </div>
    </div>
  );
});

export const RevisionNode = memo(function RevisionNode({ id, data, selected }: NodeProps<TopologyFlowNode>) {
  return (
    <div className={cx(styles.node, styles.revision, selected && styles.selected)} style={NODE_SIZE.revision} data-testid={`node-${id}`}>
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <div className={styles.row}>
        <StatusIcon status={data.status} />
        <KindIcon kind="Revision" />
        <span className={styles.name} title={data.name}>{data.name}</span>
        <span className={styles.pods}><PodRing count={data.podCount ?? 0} size={26} /></span>
      </div>
    </div>
  );
});

const shapeClass: Partial<Record<TopologyNodeData['kind'], string>> = { broker: styles.broker, channel: styles.channel, external: styles.external };

/** Sources, brokers, channels, sequences, parallels and outside destinations: icon, name, kind, status. */
export const ResourceNode = memo(function ResourceNode({ id, data, selected }: NodeProps<TopologyFlowNode>) {
  const drag = useDragClass(id, styles.validTarget, styles.invalidTarget);
  return (
    <div className={cx(styles.node, shapeClass[data.kind], data.missing && styles.missing, selected && styles.selected, drag)} style={NODE_SIZE[data.kind]} data-testid={`node-${id}`}>
      <Handles source={hasSourceHandle(data)} />
      <div className={styles.row}>
        <StatusIcon status={data.status} />
        <KindIcon kind={data.resourceKind} missing={data.missing} />
        <span className={styles.name} title={data.name}>{data.name}</span>
      </div>
      <div className={styles.kind}>{data.missing ? `${data.resourceKind} not found` : data.resourceKind}</div>
    </div>
  );
});

/** An application group (app.kubernetes.io/part-of): a labelled box behind its members. */
export const GroupNode = memo(function GroupNode({ data }: NodeProps<TopologyFlowNode>) {
  return (
    <div className={styles.group} data-testid={`group-${data.name}`}>
      <div className={styles.groupLabel}>{data.name}</div>
    </div>
  );
});

/** At module scope so React Flow never sees a new object and remounts every node. */
export const nodeTypes = {
  service: ServiceNode,
  revision: RevisionNode,
  source: ResourceNode,
  broker: ResourceNode,
  channel: ResourceNode,
  sequence: ResourceNode,
  parallel: ResourceNode,
  external: ResourceNode,
  group: GroupNode,
};
