'use client';
import '@xyflow/react/dist/style.css';
import {
  applyNodeChanges, Background, ReactFlow, useReactFlow, type Connection, type Edge, type FinalConnectionState, type NodeChange, type OnBeforeDelete,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { connectionIntent, NODE_SIZE, reconnectPatch, type ConnectionIntent, type TopologyEdge, type TopologyModel, type XY } from '@/lib/topology';
import { DragTargetsContext } from './drag-targets';
import { edgeTypes, type TopologyFlowEdge } from './edges';
import { toFlowEdges, toFlowNodes, type ViewFilter } from './flow-elements';
import { nodeTypes, type TopologyFlowNode } from './nodes';
import styles from './topology.module.css';

export type MenuTarget = { type: 'node'; id: string } | { type: 'edge'; id: string };

export interface TopologyGraphProps {
  model: TopologyModel;
  positions: Map<string, XY>;
  filter: ViewFilter;
  selectedId?: string;
  /** Set to a node id (with a fresh nonce) to select and centre it. */
  focus?: { id: string; nonce: number };
  onSelect(id: string | undefined): void;
  onMoved(updates: { id: string; position: XY }[]): void;
  onConnectIntent(intent: ConnectionIntent): void;
  onReconnectEdge(edge: TopologyEdge, targetId: string): void;
  /** Asks for confirmation and removes; the graph itself never drops an edge (the watch does). */
  onRemoveEdge(edge: TopologyEdge): void;
  onMenu(target: MenuTarget, at: { x: number; y: number }): void;
}

/** The page owns the selection (panel, ?selected=); only nodes whose flag differs get new objects. */
function withSelection(nodes: TopologyFlowNode[], selectedId: string | undefined): TopologyFlowNode[] {
  return nodes.map((n) => ((n.selected ?? false) === (n.id === selectedId) ? n : { ...n, selected: n.id === selectedId }));
}

/** Big namespaces open at a readable zoom at the top left (culling keeps them fast); small ones fit the view. */
const FIT_LIMIT = 150;

export function TopologyGraph(props: TopologyGraphProps) {
  const { model, positions, filter, selectedId, focus, onSelect, onMoved, onConnectIntent, onReconnectEdge, onRemoveEdge, onMenu } = props;
  const flow = useReactFlow<TopologyFlowNode, TopologyFlowEdge>();
  // Render caches (not state): they let unchanged nodes/edges keep their objects across models.
  const [nodeCache] = useState(() => new Map<string, { version: string; value: TopologyFlowNode }>());
  const [edgeCache] = useState(() => new Map<string, { version: string; value: TopologyFlowEdge }>());
  const [nodes, setNodes] = useState<TopologyFlowNode[]>([]);
  const [targets, setTargets] = useState<Set<string> | null>(null);
  const reconnecting = useRef<TopologyEdge | undefined>(undefined);

  const dataById = useMemo(() => new Map(model.nodes.map((n) => [n.id, n.data])), [model]);
  const edgeById = useMemo(() => new Map(model.edges.map((e) => [e.id, e])), [model]);

  // Model (watch) updates flow into React Flow's node state without touching the viewport.
  // (Adjusting state while rendering, not in an effect: the new nodes paint in the same pass.)
  const [synced, setSynced] = useState<unknown[]>([]);
  const inputs = [model, positions, filter, selectedId];
  if (inputs.some((x, i) => x !== synced[i])) {
    setSynced(inputs);
    setNodes((current) => withSelection(toFlowNodes(model, positions, new Map(current.map((n) => [n.id, n])), nodeCache, filter), selectedId));
  }
  const edges = useMemo(() => toFlowEdges(model, edgeCache), [model, edgeCache]);

  const onNodesChange = useCallback((changes: NodeChange<TopologyFlowNode>[]) => {
    setNodes((ns) => applyNodeChanges(changes, ns));
    const sel = changes.filter((c) => c.type === 'select');
    if (sel.length > 0) {
      const picked = sel.find((c) => c.type === 'select' && c.selected);
      if (picked) onSelect(picked.id);
    }
  }, [onSelect]);

  const onNodeDragStop = useCallback((_: unknown, __: TopologyFlowNode, dragged: TopologyFlowNode[]) => {
    onMoved(dragged.map((n) => ({ id: n.id, position: n.position })));
    // Group boxes follow their members.
    setNodes((current) => withSelection(toFlowNodes(model, positions, new Map(current.map((n) => [n.id, n])), nodeCache, filter), selectedId));
  }, [onMoved, model, positions, filter, nodeCache, selectedId]);

  const validTargetsFrom = useCallback((from: string, edge?: TopologyEdge) => {
    const set = new Set<string>();
    const src = dataById.get(from);
    for (const [id, d] of dataById) {
      if (edge ? reconnectPatch(edge, d) : connectionIntent(src, d)) set.add(id);
    }
    return set;
  }, [dataById]);

  const isValidConnection = useCallback((c: Connection | Edge) => {
    const edge = reconnecting.current;
    if (edge) return c.source === edge.source && reconnectPatch(edge, dataById.get(c.target)) !== undefined;
    return connectionIntent(dataById.get(c.source), dataById.get(c.target)) !== undefined;
  }, [dataById]);

  const onConnect = useCallback((c: Connection) => {
    const intent = connectionIntent(dataById.get(c.source), dataById.get(c.target));
    if (intent) onConnectIntent(intent);
  }, [dataById, onConnectIntent]);

  const onReconnect = useCallback((old: TopologyFlowEdge, c: Connection) => {
    const edge = edgeById.get(old.id);
    if (edge && c.source === edge.source && c.target !== edge.target) onReconnectEdge(edge, c.target);
  }, [edgeById, onReconnectEdge]);

  const onBeforeDelete: OnBeforeDelete<TopologyFlowNode, TopologyFlowEdge> = useCallback(async ({ edges: gone }) => {
    for (const e of gone) {
      const edge = edgeById.get(e.id);
      if (edge) onRemoveEdge(edge);
    }
    return false;
  }, [edgeById, onRemoveEdge]);

  // ?selected=<id> and "find": select the node and centre it, keeping the current zoom unless it's tiny.
  useEffect(() => {
    if (!focus) return;
    const pos = positions.get(focus.id);
    const data = dataById.get(focus.id);
    if (!pos || !data) return;
    const size = NODE_SIZE[data.kind];
    onSelect(focus.id);
    void flow.setCenter(pos.x + size.width / 2, pos.y + size.height / 2, { zoom: Math.max(flow.getZoom(), 0.9), duration: 300 });
    // Only a new focus request moves the viewport, never a model update.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focus]);

  // Keyboard: the context-menu key (or Shift+F10) opens the menu for the selected node.
  const onKeyDown = useCallback((e: KeyboardEvent) => {
    if (!(e.key === 'ContextMenu' || (e.shiftKey && e.key === 'F10'))) return;
    const sel = nodes.find((n) => n.selected);
    const el = sel && document.querySelector(`[data-id="${CSS.escape(sel.id)}"]`);
    if (!sel || !el) return;
    e.preventDefault();
    const r = el.getBoundingClientRect();
    onMenu({ type: 'node', id: sel.id }, { x: r.left + r.width / 2, y: r.top + r.height / 2 });
  }, [nodes, onMenu]);

  const initialFit = model.nodes.length <= FIT_LIMIT;
  return (
    <DragTargetsContext.Provider value={targets}>
      <div className={styles.canvas} onKeyDown={onKeyDown} data-testid="topology-graph" data-node-count={nodes.length}>
        <ReactFlow<TopologyFlowNode, TopologyFlowEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onNodeDragStop={onNodeDragStop}
          onConnect={onConnect}
          onConnectStart={(_, p) => p.nodeId && setTargets(validTargetsFrom(p.nodeId))}
          onConnectEnd={() => setTargets(null)}
          isValidConnection={isValidConnection}
          onReconnect={onReconnect}
          onReconnectStart={(_, e) => {
            const edge = edgeById.get(e.id);
            reconnecting.current = edge;
            if (edge) setTargets(validTargetsFrom(edge.source, edge));
          }}
          onReconnectEnd={(_: unknown, __: unknown, ___: unknown, ____?: FinalConnectionState) => {
            reconnecting.current = undefined;
            setTargets(null);
          }}
          onBeforeDelete={onBeforeDelete}
          onPaneClick={() => onSelect(undefined)}
          onNodeContextMenu={(e, n) => {
            e.preventDefault();
            if (n.type !== 'group') onMenu({ type: 'node', id: n.id }, { x: e.clientX, y: e.clientY });
          }}
          onEdgeContextMenu={(e, edge) => {
            e.preventDefault();
            onMenu({ type: 'edge', id: edge.id }, { x: e.clientX, y: e.clientY });
          }}
          deleteKeyCode={['Delete', 'Backspace']}
          connectionRadius={40}
          onlyRenderVisibleElements
          fitView={initialFit}
          defaultViewport={{ x: 24, y: 24, zoom: 0.7 }}
          minZoom={0.05}
          maxZoom={2}
        >
          <Background gap={24} size={1} />
        </ReactFlow>
      </div>
    </DragTargetsContext.Provider>
  );
}
