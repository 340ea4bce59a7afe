'use client';
import { Alert, List, ListItem } from '@patternfly/react-core';
import type { KubeStatus } from '@/lib/resources/types';

/** A Kubernetes Status failure as the API server worded it, with each cause's field. */
export function StatusAlert({ status, title }: { status: KubeStatus; title?: string }) {
  const causes = status.details?.causes ?? [];
  return (
    <Alert variant="danger" isInline title={title ?? `${status.reason || 'Error'}: ${status.message}`} data-testid="status-alert">
      {title && <p>{status.message}</p>}
      {causes.length > 0 && (
        <List>
          {causes.map((c, i) => (
            <ListItem key={i}>
              {c.field ? <code>{c.field}</code> : null}
              {c.field ? ': ' : ''}
              {c.message}
            </ListItem>
          ))}
        </List>
      )}
    </Alert>
  );
}
