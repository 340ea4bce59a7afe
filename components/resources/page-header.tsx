'use client';
import { Content, PageSection, Title } from '@patternfly/react-core';
import type { ReactNode } from 'react';

/** Title (and optional description) of a console page, above its main section. */
export function PageHeader({ title, description, children }: { title: ReactNode; description?: ReactNode; children?: ReactNode }) {
  return (
    <PageSection>
      <Title headingLevel="h1">{title}</Title>
      {description && <Content component="p">{description}</Content>}
      {children}
    </PageSection>
  );
}
