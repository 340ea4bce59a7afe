'use client';
import { PageSection } from '@patternfly/react-core';
import { CardGallery } from '@/components/forms/card-gallery';
import { EVENT_SOURCE_TYPES } from '@/components/forms/event-source-types';
import { PageHeader } from '@/components/resources/page-header';
import { nsHref } from '@/lib/resources/hrefs';

/** The event source catalog: one card per source kind the engine (and Knative) provides. */
export function EventSourceCatalogView({ namespace }: { namespace: string }) {
  const items = EVENT_SOURCE_TYPES.map((t) => ({ ...t, href: nsHref(namespace, `add/event-source/${t.id}`) }));
  return (
    <>
      <PageHeader title="Event Sources" description="Pick the kind of source; each sends CloudEvents to a sink you choose." />
      <PageSection>
        <CardGallery items={items} label="Event source types" />
      </PageSection>
    </>
  );
}
