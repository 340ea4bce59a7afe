'use client';
import { Grid, GridItem } from '@patternfly/react-core';
import type { RevisionPoint, RevisionRef, Series } from '@/lib/metrics/types';
import { ChartConcurrency } from '@/components/charts/chart-concurrency';
import { ChartLatency } from '@/components/charts/chart-latency';
import { ChartPods } from '@/components/charts/chart-pods';
import { ChartRequests } from '@/components/charts/chart-requests';
import type { ObserveState } from './use-metrics';

/** Revisions that did something in view (had pods or load), newest first; at most `max`. */
function activeRevisions(all: Series<RevisionRef, RevisionPoint>[], max: number) {
  const busy = (s: Series<RevisionRef, RevisionPoint>) => s.points.some((p) => (p.actual ?? 0) > 0 || (p.desired ?? 0) > 0 || (p.stable ?? 0) > 0);
  const sorted = [...all].sort((a, b) => b.ref.revision.localeCompare(a.ref.revision));
  const active = sorted.filter(busy);
  return (active.length ? active : sorted.slice(0, 1)).slice(0, max);
}

/** A service's charts: pods, concurrency per active revision, requests by revision, latency. */
export function ServiceCharts({ state, namespace, service, idPrefix = '' }: { state: ObserveState; namespace: string; service: string; idPrefix?: string }) {
  const svc = state.series.services[`${namespace}/${service}`]?.points ?? [];
  const revisions = Object.values(state.series.revisions).filter((s) => s.ref.namespace === namespace && s.ref.service === service);
  return (
    <Grid hasGutter md={6} xl2={6}>
      <GridItem>
        <ChartPods id={`${idPrefix}chart-pods`} points={svc} domain={state.domain} />
      </GridItem>
      {activeRevisions(revisions, 3).map((r) => (
        <GridItem key={r.ref.revision}>
          <ChartConcurrency revision={r.ref.revision} points={r.points} domain={state.domain} unavailable={state.unavailable} />
        </GridItem>
      ))}
      <GridItem>
        <ChartRequests id={`${idPrefix}chart-requests`} revisions={revisions} service={svc} domain={state.domain} unavailable={state.unavailable} />
      </GridItem>
      <GridItem>
        <ChartLatency id={`${idPrefix}chart-latency`} points={svc} domain={state.domain} unavailable={state.unavailable} />
      </GridItem>
    </Grid>
  );
}
