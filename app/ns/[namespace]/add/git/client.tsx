'use client';
import { PageSection } from '@patternfly/react-core';
import { ImportGitForm } from '@/components/forms/import-git/import-git-form';
import { PageHeader } from '@/components/resources/page-header';

export function ImportGitView({ namespace }: { namespace: string }) {
  return (
    <>
      <PageHeader title="Import from Git" description={`Build an app from a Git repository and run it as a Knative Service in ${namespace}.`} />
      <PageSection>
        <ImportGitForm namespace={namespace} />
      </PageSection>
    </>
  );
}
