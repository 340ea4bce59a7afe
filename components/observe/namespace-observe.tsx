'use client';
import { ExpandableSection, Grid, GridItem, PageSection, Stack, StackItem, Title } from '@patternfly/react-core';
import Link from 'next/link';
import { useState } from 'react';
import type { FlowPoint, FlowRef, Series } from '@/lib/metrics/types';
import { detailHref } from '@/lib/resources/hrefs';
import { ChartEvents } from '@/components/charts/chart-events';
import { useList } from '@/components/kube/use-list';
import { PageHeader } from '@/components/resources/page-header';
import { ObserveToolbar } from './observe-toolbar';
import { ServiceCharts } from './service-charts';
import { useObserve } from './use-metrics';

/** /ns/NS/observe: every service's scaling charts and the namespace's event flows, live. */
export function NamespaceObserve({ namespace }: { namespace: string }) {
  const state = useObserve(namespace);
  const { data } = useList('services', namespace);
  const [collapsed, setCollapsed] = useState<Set<string>>(() => new Set());
  // Services that exist now, plus any still in the metrics history (e.g. just deleted).
  const names = [...new Set([...(data?.items ?? []).map((s) => s.metadata.name), ...Object.values(state.series.services).map((s) => s.ref.service)])].sort();
  const flows = Object.values(state.series.flows);
  const ofKind = (...kinds: FlowRef['kind'][]) => flows.filter((f) => kinds.includes(f.ref.kind)) as Series<FlowRef, FlowPoint>[];
  const toggle = (n: string) => setCollapsed((c) => { const next = new Set(c); if (next.has(n)) next.delete(n); else next.add(n); return next; });

  return (
    <>
      <PageHeader title="Observe" description="Scaling, requests, latency and event flow of the namespace, second by second." />
      <PageSection>
        <ObserveToolbar state={state} />
        <Stack hasGutter>
          {names.length === 0 && <StackItem>No Knative Services in {namespace} yet.</StackItem>}
          {names.map((n) => (
            <StackItem key={n}>
              <ExpandableSection
                toggleContent={<Title headingLevel="h2" size="lg">Service {n}</Title>}
                isExpanded={!collapsed.has(n)}
                onToggle={() => toggle(n)}
                data-testid={`observe-service-${n}`}
              >
                <p className="pf-v6-u-mb-sm"><Link href={detailHref(namespace, 'services', n, 'observe')}>Open {n} to send traffic and see its pods</Link></p>
                <ServiceCharts state={state} namespace={namespace} service={n} idPrefix={`${n}-`} />
              </ExpandableSection>
            </StackItem>
          ))}
          <StackItem>
            <Title headingLevel="h2" size="lg" className="pf-v6-u-mb-sm">Events</Title>
            <Grid hasGutter md={6}>
              <GridItem><ChartEvents mode="ingress" flows={ofKind('broker', 'channel')} domain={state.domain} unavailable={state.unavailable} /></GridItem>
              <GridItem><ChartEvents mode="delivery" flows={ofKind('trigger', 'subscription')} domain={state.domain} unavailable={state.unavailable} /></GridItem>
            </Grid>
          </StackItem>
        </Stack>
      </PageSection>
    </>
  );
}
