'use client';
import { PageSection } from '@patternfly/react-core';
import { ApiServerSourceForm } from '@/components/forms/apiserver-source-form';
import { ContainerSourceForm } from '@/components/forms/container-source-form';
import { EVENT_SOURCE_TYPES, type EventSourceTypeId } from '@/components/forms/event-source-types';
import { PingSourceForm } from '@/components/forms/ping-source-form';
import { SinkBindingForm } from '@/components/forms/sink-binding-form';
import { PageHeader } from '@/components/resources/page-header';

const forms: Record<EventSourceTypeId, typeof PingSourceForm> = {
  ping: PingSourceForm,
  apiserver: ApiServerSourceForm,
  sinkbinding: SinkBindingForm,
  container: ContainerSourceForm,
};

export function EventSourceView({ namespace, type }: { namespace: string; type: EventSourceTypeId }) {
  const t = EVENT_SOURCE_TYPES.find((x) => x.id === type)!;
  const SourceForm = forms[type];
  return (
    <>
      <PageHeader title={`Create ${t.title}`} description={t.description} />
      <PageSection>
        <SourceForm namespace={namespace} />
      </PageSection>
    </>
  );
}
