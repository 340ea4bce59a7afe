'use client';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type Edge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { EdgeKind } from '@/lib/topology';
import styles from './topology.module.css';

export interface TopologyEdgeData extends Record<string, unknown> {
  kind: EdgeKind;
  label?: string;
}

export type TopologyFlowEdge = Edge<TopologyEdgeData>;

const strokes: Record<EdgeKind, { stroke: string; strokeDasharray?: string }> = {
  traffic: { stroke: 'var(--pf-t--global--border--color--default, #8a8d90)' },
  sink: { stroke: 'var(--pf-t--global--color--brand--default, #0066cc)' },
  trigger: { stroke: 'var(--pf-t--global--color--nonstatus--purple--default, #5e40be)' },
  subscription: { stroke: 'var(--pf-t--global--color--nonstatus--teal--default, #37a3a3)' },
  reply: { stroke: 'var(--pf-t--global--border--color--default, #8a8d90)', strokeDasharray: '6 4' },
  step: { stroke: 'var(--pf-t--global--color--nonstatus--orange--default, #ec7a08)' },
  branch: { stroke: 'var(--pf-t--global--color--nonstatus--orange--default, #ec7a08)' },
};

/** Every edge: a bezier in its kind's colour, with its label (traffic %, trigger filter, step) centred on it. */
export const TopologyEdge = memo(function TopologyEdge(props: EdgeProps<TopologyFlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected, markerEnd } = props;
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const kind = data?.kind ?? 'sink';
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={{ ...strokes[kind], strokeWidth: selected ? 3 : 1.5 }} interactionWidth={16} />
      {data?.label && (
        <EdgeLabelRenderer>
          <div
            className={styles.edgeLabel}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            title={data.label}
            data-testid={`edge-label-${id}`}
          >
            {data.label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});

export const edgeTypes = { topology: TopologyEdge };
