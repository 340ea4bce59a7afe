'use client';
import { DescriptionList, DescriptionListDescription, DescriptionListGroup, DescriptionListTerm } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { formatDestination } from '@/lib/resources/format';
import type { Condition, Destination, KubeObject } from '@/lib/resources/types';
import type { TopologyNodeData } from '@/lib/topology';

const SCALING = 'autoscaling.knative.dev/';

/** Scaling settings as written: the template's annotations for a Service, the object's own for a Revision. */
function scalingOf(obj: KubeObject | undefined): [string, string][] {
  const template = (obj?.spec?.template as { metadata?: { annotations?: Record<string, string> } } | undefined)?.metadata?.annotations;
  const own = obj?.metadata.annotations;
  return Object.entries({ ...own, ...template })
    .filter(([k]) => k.startsWith(SCALING))
    .map(([k, v]) => [k.slice(SCALING.length), v] as [string, string])
    .sort(([a], [b]) => a.localeCompare(b));
}

export function PanelDetails({ data, obj }: { data: TopologyNodeData; obj: KubeObject | undefined }) {
  const conditions: Condition[] = obj?.status?.conditions ?? [];
  const scaling = scalingOf(obj);
  const sink = obj?.spec?.sink as Destination | undefined;
  const address = obj?.status?.address?.url;
  return (
    <>
      <DescriptionList isCompact isHorizontal>
        <DescriptionListGroup>
          <DescriptionListTerm>Kind</DescriptionListTerm>
          <DescriptionListDescription>{data.resourceKind}</DescriptionListDescription>
        </DescriptionListGroup>
        {data.url && (
          <DescriptionListGroup>
            <DescriptionListTerm>URL</DescriptionListTerm>
            <DescriptionListDescription><a href={data.url} target="_blank" rel="noreferrer">{data.url}</a></DescriptionListDescription>
          </DescriptionListGroup>
        )}
        {address && address !== data.url && (
          <DescriptionListGroup>
            <DescriptionListTerm>Address</DescriptionListTerm>
            <DescriptionListDescription>{address}</DescriptionListDescription>
          </DescriptionListGroup>
        )}
        {sink && (
          <DescriptionListGroup>
            <DescriptionListTerm>Sink</DescriptionListTerm>
            <DescriptionListDescription>{formatDestination(sink)}{obj?.status?.sinkUri ? ` (${obj.status.sinkUri as string})` : ''}</DescriptionListDescription>
          </DescriptionListGroup>
        )}
        {data.podCount !== undefined && (
          <DescriptionListGroup>
            <DescriptionListTerm>Ready pods</DescriptionListTerm>
            <DescriptionListDescription data-testid="panel-pods">{data.podCount}</DescriptionListDescription>
          </DescriptionListGroup>
        )}
        {data.kind === 'service' || data.kind === 'revision' ? (
          <DescriptionListGroup>
            <DescriptionListTerm>Scaling</DescriptionListTerm>
            <DescriptionListDescription>
              {scaling.length === 0 ? 'Defaults (KPA, concurrency target 100, scale to zero)' : scaling.map(([k, v]) => `${k}: ${v}`).join(', ')}
            </DescriptionListDescription>
          </DescriptionListGroup>
        ) : null}
        {data.missing && (
          <DescriptionListGroup>
            <DescriptionListTerm>Problem</DescriptionListTerm>
            <DescriptionListDescription>{data.status.message}</DescriptionListDescription>
          </DescriptionListGroup>
        )}
      </DescriptionList>
      {conditions.length > 0 && (
        <Table aria-label="Conditions" variant="compact" style={{ marginTop: 16 }}>
          <Thead><Tr><Th>Condition</Th><Th>Status</Th><Th>Reason</Th><Th>Message</Th></Tr></Thead>
          <Tbody>
            {conditions.map((c) => (
              <Tr key={c.type}><Td>{c.type}</Td><Td>{c.status}</Td><Td>{c.reason ?? ''}</Td><Td>{c.message ?? ''}</Td></Tr>
            ))}
          </Tbody>
        </Table>
      )}
    </>
  );
}
