'use client';
import { ActionGroup, Alert, Button } from '@patternfly/react-core';
import Link from 'next/link';
import type { KubeStatus } from '@/lib/resources/types';

/**
 * The end of an Add form: what went wrong that no field shows (the API's message,
 * errors on fields the form has no place for), then Create and Cancel.
 */
export function FormActions({ what, failure, summary, busy, cancelHref }: { what: string; failure?: KubeStatus; summary: string[]; busy: boolean; cancelHref: string }) {
  return (
    <>
      {(failure || summary.length > 0) && (
        <Alert variant="danger" isInline title={failure ? `The ${what} was not created` : 'Fix these before creating'} data-testid="form-failure">
          {failure && <p>{failure.message}</p>}
          {summary.length > 0 && <ul>{summary.map((m) => <li key={m}>{m}</li>)}</ul>}
        </Alert>
      )}
      <ActionGroup>
        <Button type="submit" variant="primary" isLoading={busy} isDisabled={busy}>Create</Button>
        <Button variant="link" component={(p) => <Link {...p} href={cancelHref} />}>Cancel</Button>
      </ActionGroup>
    </>
  );
}
