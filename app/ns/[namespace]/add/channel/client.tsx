'use client';
import { PageSection } from '@patternfly/react-core';
import { ChannelForm } from '@/components/forms/channel-form';
import { PageHeader } from '@/components/resources/page-header';

export function ChannelView({ namespace }: { namespace: string }) {
  return (
    <>
      <PageHeader title="Create Channel" description="Every subscription of the channel receives every event sent to it." />
      <PageSection>
        <ChannelForm namespace={namespace} />
      </PageSection>
    </>
  );
}
