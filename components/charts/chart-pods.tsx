'use client';
import type { ServicePoint } from '@/lib/metrics/types';
import { rowsByTime } from '@/lib/metrics/view';
import { ChartCard } from './chart-card';
import { TimeSeriesChart } from './time-series-chart';
import { colors } from './theme';

/** Desired vs actual pods of a service (summed over its revisions), as step lines. */
export function ChartPods({ id = 'chart-pods', title = 'Pods: desired vs actual', points, domain }: { id?: string; title?: string; points: ServicePoint[]; domain: [number, number] }) {
  const rows = rowsByTime([
    { name: 'desired', points, value: (p) => p.desired },
    { name: 'actual', points, value: (p) => p.actual },
  ]);
  return (
    <ChartCard id={id} title={title} latest={rows.at(-1)} empty={rows.length ? undefined : 'No autoscaler samples yet.'}>
      <TimeSeriesChart
        rows={rows}
        domain={domain}
        allowDecimals={false}
        digits={0}
        lines={[
          { key: 'desired', name: 'Desired pods', color: colors.primary, step: true, dashed: true },
          { key: 'actual', name: 'Actual pods', color: colors.secondary, step: true },
        ]}
      />
    </ChartCard>
  );
}
