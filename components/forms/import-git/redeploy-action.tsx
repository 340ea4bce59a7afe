'use client';
import { Alert, Button, Modal, ModalBody, ModalFooter, ModalHeader } from '@patternfly/react-core';
import SyncAltIcon from '@patternfly/react-icons/dist/esm/icons/sync-alt-icon';
import { useState } from 'react';
import { KubeApiError, kubeFetch } from '@/components/kube/api';
import type { BuildRecord } from '@/lib/builds/types';
import type { KubeObject } from '@/lib/resources/types';
import { gitSourceOf } from '@/lib/schemas/import-git';
import { BuildProgress } from './build-progress';

/**
 * "Redeploy from Git" on a service imported from Git: builds the latest commit
 * of its ref and rolls it out as a new revision, with the build's progress in
 * a modal. Renders nothing for other services.
 */
export function RedeployFromGitAction({ service }: { service: KubeObject }) {
  const src = gitSourceOf(service);
  const [open, setOpen] = useState(false);
  const [build, setBuild] = useState<BuildRecord>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  if (!src) return null;
  const { name, namespace = '' } = service.metadata;

  const start = async () => {
    setOpen(true);
    setBusy(true);
    setError(undefined);
    setBuild(undefined);
    try {
      setBuild(await kubeFetch<BuildRecord>('/api/builds/redeploy', { method: 'POST', body: JSON.stringify({ namespace, name }) }));
    } catch (e) {
      setError(e instanceof KubeApiError ? e.status.message : (e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button variant="secondary" icon={<SyncAltIcon />} onClick={start} isLoading={busy} title={`Build the latest commit of ${src.ref || 'the default branch'} from ${src.url}`}>
        Redeploy from Git
      </Button>
      {open && (
        <Modal isOpen variant="large" onClose={() => setOpen(false)} aria-labelledby="redeploy-title">
          <ModalHeader title={`Redeploy ${name} from Git`} labelId="redeploy-title" description={`${src.url} · ${src.ref}${src.commit ? ` · running ${src.commit.slice(0, 7)}` : ''}`} />
          <ModalBody>
            {error && <Alert variant="danger" isInline title="The redeploy did not start" data-testid="redeploy-failure">{error}</Alert>}
            {build && <BuildProgress initial={build} />}
          </ModalBody>
          <ModalFooter>
            <Button variant="primary" onClick={() => setOpen(false)}>Close</Button>
          </ModalFooter>
        </Modal>
      )}
    </>
  );
}
