'use client';
import type { ServicePoint } from '@/lib/metrics/types';
import { rowsByTime } from '@/lib/metrics/view';
import { ChartCard } from './chart-card';
import { TimeSeriesChart } from './time-series-chart';
import { colors } from './theme';

/** Response latency percentiles of a service (all revisions, from the request latency histogram). */
export function ChartLatency({ id = 'chart-latency', points, domain, unavailable }: { id?: string; points: ServicePoint[]; domain: [number, number]; unavailable?: string }) {
  const rows = rowsByTime([
    { name: 'p50', points, value: (p) => p.p50 },
    { name: 'p95', points, value: (p) => p.p95 },
    { name: 'p99', points, value: (p) => p.p99 },
  ]);
  return (
    <ChartCard id={id} title="Latency" latest={rows.at(-1)} empty={unavailable ?? (rows.length ? undefined : 'No requests yet.')}>
      <TimeSeriesChart
        rows={rows}
        domain={domain}
        unit="ms"
        digits={1}
        lines={[
          { key: 'p50', name: 'p50', color: colors.primary },
          { key: 'p95', name: 'p95', color: colors.warning },
          { key: 'p99', name: 'p99', color: colors.danger },
        ]}
      />
    </ChartCard>
  );
}
