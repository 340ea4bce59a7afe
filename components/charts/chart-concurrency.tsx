'use client';
import type { RevisionPoint } from '@/lib/metrics/types';
import { panicSpans, perPod, rowsByTime } from '@/lib/metrics/view';
import { ChartCard } from './chart-card';
import { TimeSeriesChart } from './time-series-chart';
import { colors } from './theme';

/**
 * A revision's observed concurrency per ready pod over the stable and panic
 * windows against its target per pod: above the line the autoscaler adds
 * pods. Panic periods are shaded.
 */
export function ChartConcurrency({ revision, points, domain, unavailable }: { revision: string; points: RevisionPoint[]; domain: [number, number]; unavailable?: string }) {
  const rows = rowsByTime([
    { name: 'stable', points, value: (p) => perPod(p.stable, p.actual) },
    { name: 'panic', points, value: (p) => perPod(p.panic, p.actual) },
  ]);
  const target = points.findLast((p) => p.target !== undefined)?.target;
  return (
    <ChartCard
      id={`chart-concurrency-${revision}`}
      title={`Concurrency per pod: ${revision}`}
      latest={rows.at(-1)}
      empty={unavailable ?? (rows.length ? undefined : 'No concurrency samples yet.')}
    >
      <TimeSeriesChart
        rows={rows}
        domain={domain}
        lines={[
          { key: 'stable', name: 'Stable window', color: colors.primary },
          { key: 'panic', name: 'Panic window', color: colors.danger, dashed: true },
        ]}
        reference={target !== undefined ? { y: target, label: `target ${target}` } : undefined}
        areas={panicSpans(points)}
        areaLabel="panic"
      />
    </ChartCard>
  );
}
