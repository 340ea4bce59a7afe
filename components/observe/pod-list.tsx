'use client';
import { Alert, Label } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import Link from 'next/link';
import { podReady, podRestarts, podStatus } from '@/lib/resources/conditions';
import { age } from '@/lib/resources/format';
import { detailHref } from '@/lib/resources/hrefs';
import { useList } from '@/components/kube/use-list';
import { useNow } from '@/components/resources/use-now';

/** The service's pods, live from the pods watch: phase, readiness, age and restarts. */
export function PodList({ namespace, service }: { namespace: string; service: string }) {
  const { data, error } = useList('pods', namespace);
  const now = useNow(1_000);
  const pods = (data?.items ?? [])
    .filter((p) => p.metadata.labels?.['serving.knative.dev/service'] === service)
    .sort((a, b) => (a.metadata.creationTimestamp ?? '').localeCompare(b.metadata.creationTimestamp ?? '') || a.metadata.name.localeCompare(b.metadata.name));
  if (error) return <Alert variant="danger" isInline title={error.message} />;
  return (
    <Table aria-label={`Pods of ${service}`} variant="compact" data-testid="observe-pods" data-count={pods.length}>
      <Thead>
        <Tr>
          <Th>Name</Th>
          <Th>Revision</Th>
          <Th>Status</Th>
          <Th>Ready</Th>
          <Th>Restarts</Th>
          <Th>Age</Th>
        </Tr>
      </Thead>
      <Tbody>
        {pods.length === 0 && (
          <Tr>
            <Td colSpan={6}>No pods: the service is scaled to zero.</Td>
          </Tr>
        )}
        {pods.map((p) => (
          <Tr key={p.metadata.uid ?? p.metadata.name}>
            <Td dataLabel="Name"><Link href={detailHref(namespace, 'pods', p.metadata.name)}>{p.metadata.name}</Link></Td>
            <Td dataLabel="Revision">{p.metadata.labels?.['serving.knative.dev/revision']}</Td>
            <Td dataLabel="Status"><Label isCompact color={p.status?.phase === 'Running' ? 'green' : p.status?.phase === 'Failed' ? 'red' : 'grey'}>{podStatus(p)}</Label></Td>
            <Td dataLabel="Ready">{podReady(p)}</Td>
            <Td dataLabel="Restarts">{podRestarts(p)}</Td>
            <Td dataLabel="Age">{age(p.metadata.creationTimestamp, now)}</Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}
