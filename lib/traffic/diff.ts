import { stringify } from 'yaml';
import type { TrafficTarget } from './types';

export interface DiffLine {
  kind: 'same' | 'add' | 'remove';
  text: string;
}

const FIELD_ORDER: (keyof TrafficTarget)[] = ['tag', 'revisionName', 'configurationName', 'latestRevision', 'percent', 'url'];

/** Puts a target's fields in one order so a diff shows changed values, not reshuffled keys. */
function canonical(t: TrafficTarget): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of FIELD_ORDER) if (t[k] !== undefined) out[k] = t[k];
  for (const [k, v] of Object.entries(t)) if (!(k in out) && v !== undefined) out[k] = v;
  return out;
}

/** The `spec.traffic` block as it would read in the Service's YAML. */
export function trafficYaml(traffic: readonly TrafficTarget[]): string {
  return stringify({ spec: { traffic: traffic.map(canonical) } });
}

/** A line diff (longest common subsequence); traffic lists are a few dozen lines at most. */
export function lineDiff(before: string, after: string): DiffLine[] {
  const a = before.replace(/\n$/, '').split('\n');
  const b = after.replace(/\n$/, '').split('\n');
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ kind: 'same', text: a[i] });
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) out.push({ kind: 'remove', text: a[i++] });
    else out.push({ kind: 'add', text: b[j++] });
  }
  while (i < a.length) out.push({ kind: 'remove', text: a[i++] });
  while (j < b.length) out.push({ kind: 'add', text: b[j++] });
  return out;
}

/** The preview shown before applying: current vs proposed `spec.traffic`. */
export function trafficDiff(current: readonly TrafficTarget[], proposed: readonly TrafficTarget[]): DiffLine[] {
  return lineDiff(trafficYaml(current), trafficYaml(proposed));
}
