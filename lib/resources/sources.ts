import { type Column } from './columns';
import { readiness } from './conditions';
import { formatDestination } from './format';
import { kinds, type KindDef } from './kinds';
import type { Destination } from './types';

/** The kinds `kn source list` shows together. */
export const sourceKinds: KindDef[] = [kinds.pingsources, kinds.apiserversources, kinds.sinkbindings, kinds.containersources];

/** kn source list: NAME, TYPE, RESOURCE, SINK, READY (Name is implied). */
export const sourceColumns: Column[] = [
  { title: 'Type', value: (o) => o.kind },
  { title: 'Resource', value: (o) => { const k = sourceKinds.find((s) => s.kind === o.kind); return k ? `${k.plural}.${k.group}` : ''; } },
  { title: 'Sink', value: (o) => formatDestination(o.spec?.sink as Destination | undefined) },
  { title: 'Ready', type: 'ready', value: (o) => readiness(o).ready },
];
