'use client';
import { PageSection } from '@patternfly/react-core';
import { BrokerForm } from '@/components/forms/broker-form';
import { PageHeader } from '@/components/resources/page-header';

export function BrokerView({ namespace }: { namespace: string }) {
  return (
    <>
      <PageHeader title="Create Broker" description="An event mesh in the namespace: send events to its URL, and triggers deliver them to subscribers by their attributes." />
      <PageSection>
        <BrokerForm namespace={namespace} />
      </PageSection>
    </>
  );
}
