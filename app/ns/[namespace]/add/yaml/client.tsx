'use client';
import { PageSection } from '@patternfly/react-core';
import { ImportYamlForm } from '@/components/forms/import-yaml-form';
import { PageHeader } from '@/components/resources/page-header';

export function ImportYamlView({ namespace }: { namespace: string }) {
  return (
    <>
      <PageHeader title="Import YAML" description="One or more documents separated by ---: each is created, or updated when it already exists." />
      <PageSection>
        <ImportYamlForm namespace={namespace} />
      </PageSection>
    </>
  );
}
