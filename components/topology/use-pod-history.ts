'use client';
import { useEffect, useRef, useState } from 'react';
import type { TopologyModel } from '@/lib/topology';

export interface PodPoint {
  t: number;
  pods: number;
}

const MAX_POINTS = 240;

/**
 * Ready-pod counts of the selected node over time, as watch events revealed them while
 * the page was open: a point whenever the count changes (and one at the start), so the
 * chart shows exactly what was observed — nothing is interpolated or invented.
 */
export function usePodHistory(model: TopologyModel, nodeId: string | undefined): PodPoint[] {
  const history = useRef(new Map<string, PodPoint[]>());
  const [points, setPoints] = useState<PodPoint[]>([]);
  useEffect(() => {
    const now = Date.now();
    for (const n of model.nodes) {
      if (n.data.podCount === undefined) continue;
      const list = history.current.get(n.id);
      if (!list) history.current.set(n.id, [{ t: now, pods: n.data.podCount }]);
      else if (list[list.length - 1].pods !== n.data.podCount) {
        // A step, not a slope: the count held until this event.
        list.push({ t: now, pods: list[list.length - 1].pods }, { t: now, pods: n.data.podCount });
        if (list.length > MAX_POINTS) list.splice(0, list.length - MAX_POINTS);
      }
    }
    setPoints(nodeId ? [...(history.current.get(nodeId) ?? [])] : []);
  }, [model, nodeId]);
  return points;
}
