'use client';
import { PageSection } from '@patternfly/react-core';
import { Suspense } from 'react';
import { PageHeader } from '@/components/resources/page-header';
import { TopologyView as LiveTopology } from '@/components/topology/topology-view';

export function TopologyView({ namespace }: { namespace: string }) {
  return (
    <>
      <PageHeader title="Topology" description="Sources, brokers, channels and services, and how events flow between them. Drag from a handle to connect." />
      <PageSection>
        {/* ?selected= is read on the client only */}
        <Suspense>
          <LiveTopology namespace={namespace} />
        </Suspense>
      </PageSection>
    </>
  );
}
