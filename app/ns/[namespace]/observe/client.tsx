'use client';
import { PageSection } from '@patternfly/react-core';
import type { KindId } from '@/lib/resources/kinds';
import { NamespaceOverview } from '@/components/resources/namespace-overview';
import { PageHeader } from '@/components/resources/page-header';

// The namespace's real resources by kind, until this page's own view replaces them.
const shown: KindId[] = ['services', 'revisions', 'podautoscalers', 'pods'];

export function ObserveView({ namespace }: { namespace: string }) {
  return (
    <>
      <PageHeader title="Observe" description="Services, revisions, autoscalers and pods of the namespace, live." />
      <PageSection>
        <NamespaceOverview namespace={namespace} kindIds={shown} />
      </PageSection>
    </>
  );
}
