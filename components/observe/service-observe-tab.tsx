'use client';
import { Stack, StackItem, Title } from '@patternfly/react-core';
import type { KService } from '@/lib/resources/types';
import { ObserveToolbar } from './observe-toolbar';
import { PodList } from './pod-list';
import { SendTrafficPanel } from './send-traffic-panel';
import { ServiceCharts } from './service-charts';
import { useObserve } from './use-metrics';

/** A service's Observe tab: send load, watch it scale second by second, see its pods. */
export function ServiceObserveTab({ service, namespace }: { service: KService; namespace: string }) {
  const name = service.metadata.name;
  const state = useObserve(namespace, name);
  return (
    <Stack hasGutter>
      <StackItem>
        <SendTrafficPanel namespace={namespace} service={name} url={service.status?.url} />
      </StackItem>
      <StackItem>
        <ObserveToolbar state={state} />
        <ServiceCharts state={state} namespace={namespace} service={name} />
      </StackItem>
      <StackItem>
        <Title headingLevel="h3" className="pf-v6-u-mb-sm">Pods</Title>
        <PodList namespace={namespace} service={name} />
      </StackItem>
    </Stack>
  );
}
