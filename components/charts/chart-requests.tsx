'use client';
import type { RevisionPoint, RevisionRef, Series, ServicePoint } from '@/lib/metrics/types';
import { errorRps, rowsByTime, totalRps } from '@/lib/metrics/view';
import { ChartCard } from './chart-card';
import { TimeSeriesChart } from './time-series-chart';
import { colorAt, colors } from './theme';

/** Requests per second by revision, with the service's non-2xx rate beside them. */
export function ChartRequests({ id = 'chart-requests', revisions, service, domain, unavailable }: {
  id?: string;
  revisions: Series<RevisionRef, RevisionPoint>[];
  service?: ServicePoint[];
  domain: [number, number];
  unavailable?: string;
}) {
  const rows = rowsByTime<RevisionPoint | ServicePoint>([
    ...revisions.map((s) => ({ name: s.ref.revision, points: s.points, value: totalRps })),
    ...(service ? [{ name: 'errors', points: service, value: errorRps }] : []),
  ]);
  return (
    <ChartCard id={id} title="Requests per second" latest={rows.at(-1)} empty={unavailable ?? (rows.length ? undefined : 'No requests yet.')}>
      <TimeSeriesChart
        rows={rows}
        domain={domain}
        unit="req/s"
        digits={1}
        lines={[
          ...revisions.map((s, i) => ({ key: s.ref.revision, name: s.ref.revision, color: colorAt(i) })),
          ...(service ? [{ key: 'errors', name: 'Non-2xx (all revisions)', color: colors.danger, dashed: true }] : []),
        ]}
      />
    </ChartCard>
  );
}
