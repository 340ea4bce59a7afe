'use client';

import { Content, EmptyState, EmptyStateBody } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { KService } from '@/lib/resources/types';
import { SplitBar } from './split-bar';

/**
 * The split the Route actually serves (status.traffic), as `kn route describe`
 * lists it: one line per target, with its tag and tag URL.
 */
export function TrafficStatusView({ service }: { service: KService }) {
  const traffic = service.status?.traffic ?? [];
  if (traffic.length === 0) {
    return (
      <EmptyState titleText="No traffic routed yet" headingLevel="h3">
        <EmptyStateBody>The route has not assigned traffic to a ready revision.</EmptyStateBody>
      </EmptyState>
    );
  }
  const label = (t: (typeof traffic)[number]) => `${t.revisionName ?? '?'}${t.latestRevision ? ' (latest)' : ''}`;
  return (
    <div data-testid="traffic-status">
      <Content component="h3">Current split</Content>
      <SplitBar segments={traffic.map((t, i) => ({ key: `${i}`, label: label(t) + (t.tag ? ` #${t.tag}` : ''), percent: t.percent ?? 0 }))} />
      <Table aria-label="Traffic targets" variant="compact">
        <Thead>
          <Tr>
            <Th>Percent</Th>
            <Th>Revision</Th>
            <Th>Tag</Th>
            <Th>URL</Th>
          </Tr>
        </Thead>
        <Tbody>
          {traffic.map((t, i) => (
            <Tr key={i}>
              <Td dataLabel="Percent">{t.percent ?? 0}%</Td>
              <Td dataLabel="Revision">{label(t)}</Td>
              <Td dataLabel="Tag">{t.tag ?? ''}</Td>
              <Td dataLabel="URL">{t.url ? <a href={t.url} target="_blank" rel="noreferrer">{t.url}</a> : ''}</Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    </div>
  );
}
