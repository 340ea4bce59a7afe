'use client';
import { PageSection } from '@patternfly/react-core';
import { ClockIcon, CubesIcon, LinkIcon, ServerIcon } from '@patternfly/react-icons';
import { CardGallery, type CardItem } from '@/components/forms/card-gallery';
import { EVENT_SOURCE_TYPES, type EventSourceTypeId } from '@/components/forms/event-source-types';
import { PageHeader } from '@/components/resources/page-header';
import { nsHref } from '@/lib/resources/hrefs';

// The icons the topology draws for these kinds.
const icons: Record<EventSourceTypeId, CardItem['icon']> = { ping: ClockIcon, apiserver: ServerIcon, sinkbinding: LinkIcon, container: CubesIcon };

/** The event source catalog: one card per source kind the engine (and Knative) provides. */
export function EventSourceCatalogView({ namespace }: { namespace: string }) {
  const items = EVENT_SOURCE_TYPES.map((t) => ({ ...t, icon: icons[t.id], href: nsHref(namespace, `add/event-source/${t.id}`) }));
  return (
    <>
      <PageHeader title="Event Sources" description="Pick the kind of source; each sends CloudEvents to a sink you choose." />
      <PageSection>
        <CardGallery items={items} label="Event source types" />
      </PageSection>
    </>
  );
}
