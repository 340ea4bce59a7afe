import { nextRowId, unusedRevisions } from './convert';
import { distributeEvenly, removeWeight, setWeight } from './rebalance';
import type { TrafficRow } from './types';

/** Everything the editor can do to its rows; a reducer keeps the invariants in one place. */
export type TrafficAction =
  | { type: 'reset'; rows: TrafficRow[] }
  | { type: 'percent'; id: string; value: number }
  | { type: 'tag'; id: string; tag: string }
  | { type: 'revision'; id: string; revisionName: string | null }
  | { type: 'lock'; id: string; locked: boolean }
  | { type: 'remove'; id: string }
  | { type: 'add'; revisionNames: readonly string[]; latestReady?: string }
  | { type: 'evenly' };

const withWeights = (rows: TrafficRow[], weights: number[]) => rows.map((r, i) => ({ ...r, percent: weights[i] }));
const weightsOf = (rows: TrafficRow[]) => rows.map((r) => r.percent);
const locksOf = (rows: TrafficRow[]) => rows.map((r) => r.locked);

/** Locks only mean something with three rows or more: with two, a lock would freeze both sliders. */
export const canLock = (rows: readonly TrafficRow[]) => rows.length > 2;

export function trafficReducer(rows: TrafficRow[], action: TrafficAction): TrafficRow[] {
  switch (action.type) {
    case 'reset':
      return action.rows;
    case 'percent': {
      const i = rows.findIndex((r) => r.id === action.id);
      if (i < 0) return rows;
      return withWeights(rows, setWeight(weightsOf(rows), effectiveLocks(rows), i, action.value));
    }
    case 'tag':
      return rows.map((r) => (r.id === action.id ? { ...r, tag: action.tag } : r));
    case 'revision':
      return rows.map((r) => (r.id === action.id ? { ...r, revisionName: action.revisionName } : r));
    case 'lock':
      return rows.map((r) => (r.id === action.id ? { ...r, locked: action.locked } : r));
    case 'remove': {
      const i = rows.findIndex((r) => r.id === action.id);
      if (i < 0 || rows.length <= 1) return rows;
      const weights = removeWeight(weightsOf(rows), effectiveLocks(rows), i);
      const rest = rows.filter((_, k) => k !== i);
      // Back to two rows: locks no longer apply (see canLock).
      return withWeights(rest, weights).map((r) => (canLock(rest) ? r : { ...r, locked: false }));
    }
    case 'add': {
      const [target] = unusedRevisions(rows, action.revisionNames, action.latestReady);
      if (target === undefined) return rows;
      return [...rows, { id: nextRowId(rows), revisionName: target, percent: 0, tag: '', locked: false }];
    }
    case 'evenly':
      return withWeights(rows, distributeEvenly(weightsOf(rows), effectiveLocks(rows)));
  }
}

const effectiveLocks = (rows: TrafficRow[]) => (canLock(rows) ? locksOf(rows) : rows.map(() => false));
