'use client';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { age } from '@/lib/resources/format';
import type { Condition } from '@/lib/resources/types';
import { ReadyLabel } from '@/components/resources/ready-label';

/** Knative conditions: the user interface of a controller (what is wrong, and why). */
export function ConditionsTable({ conditions, now }: { conditions: Condition[] | undefined; now: number }) {
  if (!conditions?.length) return <p>The object reports no conditions yet.</p>;
  return (
    <Table aria-label="Conditions" variant="compact" data-testid="conditions">
      <Thead>
        <Tr>
          <Th>Type</Th>
          <Th>Status</Th>
          <Th>Reason</Th>
          <Th>Message</Th>
          <Th>Updated</Th>
        </Tr>
      </Thead>
      <Tbody>
        {conditions.map((c) => (
          <Tr key={c.type}>
            <Td dataLabel="Type">{c.type}</Td>
            <Td dataLabel="Status">
              <ReadyLabel status={c.status} />
            </Td>
            <Td dataLabel="Reason">{c.reason}</Td>
            <Td dataLabel="Message" modifier="breakWord">{c.message}</Td>
            <Td dataLabel="Updated">{c.lastTransitionTime ? `${age(c.lastTransitionTime, now)} ago` : ''}</Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}
