import dagre from '@dagrejs/dagre';
import { layeredLayout } from './layered';
import type { NodeKind, TopologyModel, TopologyNode } from './types';

export interface XY {
  x: number;
  y: number;
}

export interface Box extends XY {
  width: number;
  height: number;
}

/** Rendered node sizes; the node components use the same numbers so layout and paint agree. */
export const NODE_SIZE: Record<NodeKind, { width: number; height: number }> = {
  service: { width: 240, height: 96 },
  revision: { width: 200, height: 44 },
  source: { width: 200, height: 56 },
  broker: { width: 180, height: 56 },
  channel: { width: 180, height: 56 },
  sequence: { width: 180, height: 56 },
  parallel: { width: 180, height: 56 },
  external: { width: 220, height: 44 },
  group: { width: 0, height: 0 },
};

const GAP = 60;
/** Above this many nodes, components are laid out with the linear-time layered layout instead of dagre. */
export const DAGRE_NODE_BUDGET = 600;
const GROUP_PAD = 24;

function sizeOf(n: TopologyNode) {
  return NODE_SIZE[n.data.kind];
}

/** Weakly connected components, each sorted by id, in order of their smallest id. */
function components(nodes: TopologyNode[], edges: TopologyModel['edges']): TopologyNode[][] {
  const parent = new Map(nodes.map((n) => [n.id, n.id]));
  const find = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(id, r);
    return r;
  };
  for (const e of edges) {
    if (!parent.has(e.source) || !parent.has(e.target)) continue;
    parent.set(find(e.source), find(e.target));
  }
  // Members of one application group are packed together so their group box stays compact.
  const firstOfGroup = new Map<string, string>();
  for (const n of nodes) {
    const g = n.data.group;
    if (!g) continue;
    const first = firstOfGroup.get(g);
    if (first) parent.set(find(n.id), find(first));
    else firstOfGroup.set(g, n.id);
  }
  const byRoot = new Map<string, TopologyNode[]>();
  for (const n of nodes) {
    const r = find(n.id);
    const list = byRoot.get(r);
    if (list) list.push(n);
    else byRoot.set(r, [n]);
  }
  return [...byRoot.values()];
}

/** Edges per component (keyed by the component's first node id), so each layout sees only its own. */
function componentEdges(comps: TopologyNode[][], edges: TopologyModel['edges']): Map<string, TopologyModel['edges']> {
  const compOf = new Map<string, string>();
  for (const c of comps) for (const n of c) compOf.set(n.id, c[0].id);
  const out = new Map<string, TopologyModel['edges']>();
  for (const e of edges) {
    const c = compOf.get(e.source);
    if (!c || c !== compOf.get(e.target)) continue;
    const list = out.get(c);
    if (list) list.push(e);
    else out.set(c, [e]);
  }
  return out;
}

/** Dagre left→right on one component: sources, then brokers/channels, then services and revisions. Top-left at 0,0. */
function layoutComponent(nodes: TopologyNode[], edges: TopologyModel['edges'], fast: boolean): Map<string, XY> {
  const out = new Map<string, XY>();
  if (nodes.length === 1) {
    out.set(nodes[0].id, { x: 0, y: 0 });
    return out;
  }
  if (fast) return layeredLayout(nodes.map((n) => ({ id: n.id, ...sizeOf(n) })), edges);
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: 24, ranksep: 90, edgesep: 12, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  const ids = new Set(nodes.map((n) => n.id));
  for (const n of nodes) g.setNode(n.id, { ...sizeOf(n) });
  for (const e of edges) {
    if (ids.has(e.source) && ids.has(e.target) && e.source !== e.target) g.setEdge(e.source, e.target, {}, e.id);
  }
  dagre.layout(g);
  let minX = Infinity;
  let minY = Infinity;
  for (const n of nodes) {
    const p = g.node(n.id);
    const { width, height } = sizeOf(n);
    // Dagre gives centres; React Flow wants top-left corners.
    const xy = { x: p.x - width / 2, y: p.y - height / 2 };
    minX = Math.min(minX, xy.x);
    minY = Math.min(minY, xy.y);
    out.set(n.id, xy);
  }
  for (const xy of out.values()) {
    xy.x -= minX;
    xy.y -= minY;
  }
  return out;
}

function extent(nodes: TopologyNode[], pos: Map<string, XY>): Box {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const n of nodes) {
    const p = pos.get(n.id);
    if (!p) continue;
    const s = sizeOf(n);
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x + s.width);
    y1 = Math.max(y1, p.y + s.height);
  }
  return x0 === Infinity ? { x: 0, y: 0, width: 0, height: 0 } : { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width + 16 && b.x < a.x + a.width + 16 && a.y < b.y + b.height + 16 && b.y < a.y + a.height + 16;
}

/**
 * Positions (top-left) for every non-group node. Stable: a node that already has a
 * position keeps it; only new nodes are placed. A new node joining a laid-out component
 * goes where dagre would put it relative to its placed neighbours (then down until free);
 * a wholly new component is laid out on its own and packed below what exists.
 */
export function layoutModel(model: TopologyModel, existing: Map<string, XY>): Map<string, XY> {
  const nodes = model.nodes.filter((n) => n.data.kind !== 'group');
  const out = new Map<string, XY>();
  for (const n of nodes) {
    const p = existing.get(n.id);
    if (p) out.set(n.id, p);
  }
  if (out.size === nodes.length) return out;

  const comps = components(nodes, model.edges);
  // Decided by the whole graph, not the newcomers: in a big namespace even a few new nodes would run dagre per touched flow.
  const fast = nodes.length > DAGRE_NODE_BUDGET;
  const edgesOf = componentEdges(comps, model.edges);
  const fresh: { nodes: TopologyNode[]; pos: Map<string, XY>; box: Box }[] = [];
  const placedBoxes = nodes.filter((n) => out.has(n.id)).map((n) => ({ ...out.get(n.id)!, ...sizeOf(n) }));
  for (const comp of comps) {
    const newcomers = comp.filter((n) => !out.has(n.id));
    if (newcomers.length === 0) continue;
    const pos = layoutComponent(comp, edgesOf.get(comp[0].id) ?? [], fast);
    if (newcomers.length === comp.length) {
      fresh.push({ nodes: comp, pos, box: extent(comp, pos) });
      continue;
    }
    // Anchor the component's fresh layout on where its placed nodes actually are.
    const anchors = comp.filter((n) => out.has(n.id));
    const dx = anchors.reduce((s, n) => s + out.get(n.id)!.x - pos.get(n.id)!.x, 0) / anchors.length;
    const dy = anchors.reduce((s, n) => s + out.get(n.id)!.y - pos.get(n.id)!.y, 0) / anchors.length;
    for (const n of newcomers) {
      const p = pos.get(n.id)!;
      const box = { x: Math.round(p.x + dx), y: Math.round(p.y + dy), ...sizeOf(n) };
      while (placedBoxes.some((b) => overlaps(b, box))) box.y += box.height + 16;
      placedBoxes.push(box);
      out.set(n.id, { x: box.x, y: box.y });
    }
  }
  packBelow(fresh, extent(nodes, out), out);
  return out;
}

/** Shelf-packs new components (largest first) in rows under the existing drawing. */
function packBelow(fresh: { nodes: TopologyNode[]; pos: Map<string, XY>; box: Box }[], used: Box, out: Map<string, XY>): void {
  if (fresh.length === 0) return;
  fresh.sort((a, b) => b.box.width * b.box.height - a.box.width * a.box.height || a.nodes[0].id.localeCompare(b.nodes[0].id));
  const area = fresh.reduce((s, c) => s + (c.box.width + GAP) * (c.box.height + GAP), 0);
  const rowWidth = Math.max(used.width, fresh[0].box.width, Math.sqrt(area) * 1.6);
  let x = used.x;
  let y = used.height > 0 ? used.y + used.height + GAP * 2 : 0;
  let rowHeight = 0;
  for (const c of fresh) {
    if (x > used.x && x - used.x + c.box.width > rowWidth) {
      x = used.x;
      y += rowHeight + GAP;
      rowHeight = 0;
    }
    for (const n of c.nodes) {
      const p = c.pos.get(n.id)!;
      out.set(n.id, { x: x + p.x, y: y + p.y });
    }
    x += c.box.width + GAP;
    rowHeight = Math.max(rowHeight, c.box.height);
  }
}

/** Group boxes drawn around their members wherever those are (so moving a member grows its box). */
export function groupBoxes(model: TopologyModel, positions: Map<string, XY>): Map<string, Box> {
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const out = new Map<string, Box>();
  for (const g of model.nodes) {
    if (g.data.kind !== 'group') continue;
    const members = (g.data.members ?? []).map((id) => byId.get(id)).filter((n): n is TopologyNode => !!n);
    const box = extent(members, positions);
    if (box.width === 0) continue;
    out.set(g.id, { x: box.x - GROUP_PAD, y: box.y - GROUP_PAD - 20, width: box.width + GROUP_PAD * 2, height: box.height + GROUP_PAD * 2 + 20 });
  }
  return out;
}
