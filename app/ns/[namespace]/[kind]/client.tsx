'use client';
import { PageSection } from '@patternfly/react-core';
import { kinds, type KindId } from '@/lib/resources/kinds';
import { ChannelsView } from '@/components/resources/channels-view';
import { KindList } from '@/components/resources/kind-list';
import { PageHeader } from '@/components/resources/page-header';
import { SourcesList } from '@/components/resources/sources-list';
import { ServicesTrafficAction } from '@/components/traffic';

export function ListView({ namespace, view }: { namespace: string; view: KindId | 'sources' }) {
  const title = view === 'sources' ? 'Sources' : kinds[view].labelPlural;
  return (
    <>
      <PageHeader title={title}>{view === 'revisions' && <ServicesTrafficAction namespace={namespace} />}</PageHeader>
      <PageSection>
        {view === 'sources' ? (
          <SourcesList namespace={namespace} />
        ) : view === 'channels' ? (
          <ChannelsView namespace={namespace} />
        ) : (
          <KindList kind={view} namespace={namespace} />
        )}
      </PageSection>
    </>
  );
}
