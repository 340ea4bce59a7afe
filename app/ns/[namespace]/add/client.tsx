'use client';
import { PageSection } from '@patternfly/react-core';
import { BoltIcon, CodeBranchIcon, CubeIcon, FileCodeIcon, InboxIcon, StreamIcon } from '@patternfly/react-icons';
import { CardGallery, type CardItem } from '@/components/forms/card-gallery';
import { PageHeader } from '@/components/resources/page-header';
import { nsHref } from '@/lib/resources/hrefs';

/** Where a developer starts: one card per way to add something to the namespace. */
export function AddView({ namespace }: { namespace: string }) {
  const at = (view: string) => nsHref(namespace, `add/${view}`);
  const items: CardItem[] = [
    { id: 'image', title: 'Deploy Image', description: 'Run a container image as a Knative Service that scales with its traffic.', icon: CubeIcon, href: at('image') },
    { id: 'git', title: 'Import from Git', description: 'Build and run an app from a Git repository (Node.js, Python, Go, Java or a Dockerfile).', icon: CodeBranchIcon, href: at('git') },
    { id: 'event-source', title: 'Event Source', description: 'Send events to a sink: on a schedule, from API changes, from a container, or by binding a workload.', icon: BoltIcon, href: at('event-source') },
    { id: 'broker', title: 'Broker', description: 'An event mesh: triggers deliver its events by their attributes, with retries and a dead-letter sink.', icon: InboxIcon, href: at('broker') },
    { id: 'channel', title: 'Channel', description: 'Fan events out to every subscription.', icon: StreamIcon, href: at('channel') },
    { id: 'yaml', title: 'Import YAML', description: 'Paste or drop one or more documents: each is created, or updated if it exists.', icon: FileCodeIcon, href: at('yaml') },
  ];
  return (
    <>
      <PageHeader title="Add" description={`Add to the namespace ${namespace}.`} />
      <PageSection>
        <CardGallery items={items} label="Ways to add" />
      </PageSection>
    </>
  );
}
