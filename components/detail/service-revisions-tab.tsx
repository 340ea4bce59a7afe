'use client';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import Link from 'next/link';
import { readiness } from '@/lib/resources/conditions';
import { age } from '@/lib/resources/format';
import { detailHref } from '@/lib/resources/hrefs';
import { revisionTraffic } from '@/lib/resources/revision-traffic';
import type { KService } from '@/lib/resources/types';
import { useList } from '@/components/kube/use-list';
import { ReadyLabel } from '@/components/resources/ready-label';
import { useNow } from '@/components/resources/use-now';

const generation = (labels?: Record<string, string>) => Number(labels?.['serving.knative.dev/configurationGeneration'] ?? 0);

/** The service's revisions, newest first, with the traffic share and tags its status reports. */
export function ServiceRevisionsTab({ service, namespace }: { service: KService; namespace: string }) {
  const now = useNow();
  const { data, error, isPending } = useList('revisions', namespace);
  if (error) return <p>Could not list revisions: {error.message}</p>;
  if (isPending) return null;
  const revisions = data.items
    .filter((r) => r.metadata.labels?.['serving.knative.dev/service'] === service.metadata.name)
    .sort((a, b) => generation(b.metadata.labels) - generation(a.metadata.labels));
  if (!revisions.length) return <p>The service has no revisions yet.</p>;
  return (
    <Table aria-label="Revisions of the service" variant="compact" data-testid="service-revisions">
      <Thead>
        <Tr>
          <Th>Name</Th>
          <Th>Traffic</Th>
          <Th>Tags</Th>
          <Th>Generation</Th>
          <Th>Age</Th>
          <Th>Ready</Th>
          <Th>Reason</Th>
        </Tr>
      </Thead>
      <Tbody>
        {revisions.map((r) => {
          const t = revisionTraffic(r.metadata.name, service.status?.traffic);
          const ready = readiness(r);
          return (
            <Tr key={r.metadata.uid ?? r.metadata.name}>
              <Td dataLabel="Name">
                <Link href={detailHref(namespace, 'revisions', r.metadata.name)}>{r.metadata.name}</Link>
              </Td>
              <Td dataLabel="Traffic">{t.routed ? `${t.percent}%` : ''}</Td>
              <Td dataLabel="Tags">{t.tags.join(', ')}</Td>
              <Td dataLabel="Generation">{generation(r.metadata.labels) || ''}</Td>
              <Td dataLabel="Age">{age(r.metadata.creationTimestamp, now)}</Td>
              <Td dataLabel="Ready"><ReadyLabel status={ready.ready} message={ready.message} /></Td>
              <Td dataLabel="Reason">{ready.reason}</Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
}
