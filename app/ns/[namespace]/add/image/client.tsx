'use client';
import { PageSection } from '@patternfly/react-core';
import { DeployImageForm } from '@/components/forms/deploy-image-form';
import { PageHeader } from '@/components/resources/page-header';

export function DeployImageView({ namespace }: { namespace: string }) {
  return (
    <>
      <PageHeader title="Deploy Image" description="A Knative Service runs the image, gets a URL and scales with its traffic (to zero when idle, unless a minimum is set)." />
      <PageSection>
        <DeployImageForm namespace={namespace} />
      </PageSection>
    </>
  );
}
