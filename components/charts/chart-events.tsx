'use client';
import type { FlowPoint, FlowRef, Series } from '@/lib/metrics/types';
import { rowsByTime } from '@/lib/metrics/view';
import type { LineSpec } from './time-series-chart';
import { ChartCard } from './chart-card';
import { TimeSeriesChart } from './time-series-chart';
import { colorAt } from './theme';

const sumOf = (...fields: (keyof FlowPoint)[]) => (p: FlowPoint) => {
  const vals = fields.map((f) => p[f] as number | undefined).filter((v) => v !== undefined);
  return vals.length ? vals.reduce((s, v) => s + v, 0) : undefined;
};

/**
 * Event throughput and failures per broker/channel (events accepted vs
 * refused) or per trigger/subscription (delivered vs failed, dead-lettered
 * counted as failed deliveries), in events per second.
 */
export function ChartEvents({ mode, flows, domain, unavailable }: { mode: 'ingress' | 'delivery'; flows: Series<FlowRef, FlowPoint>[]; domain: [number, number]; unavailable?: string }) {
  const [ok, bad, okLabel, badLabel] = mode === 'ingress'
    ? [sumOf('received'), sumOf('rejected'), 'accepted', 'refused']
    : [sumOf('delivered'), sumOf('failed', 'deadLettered'), 'delivered', 'failed'];
  const name = (f: FlowRef) => (f.parent ? `${f.parent}/${f.name}` : f.name);
  const rows = rowsByTime(flows.flatMap((f) => [
    { name: `${name(f.ref)} ${okLabel}`, points: f.points, value: ok },
    { name: `${name(f.ref)} ${badLabel}`, points: f.points, value: bad },
  ]));
  const lines: LineSpec[] = flows.flatMap((f, i) => [
    { key: `${name(f.ref)} ${okLabel}`, name: `${name(f.ref)} ${okLabel}`, color: colorAt(i) },
    { key: `${name(f.ref)} ${badLabel}`, name: `${name(f.ref)} ${badLabel}`, color: colorAt(i), dashed: true },
  ]);
  const title = mode === 'ingress' ? 'Events in (brokers, channels)' : 'Event deliveries (triggers, subscriptions)';
  return (
    <ChartCard id={`chart-events-${mode}`} title={title} latest={rows.at(-1)} empty={unavailable ?? (rows.length ? undefined : 'No event samples yet.')}>
      <TimeSeriesChart rows={rows} domain={domain} unit="events/s" digits={2} lines={lines} />
    </ChartCard>
  );
}
