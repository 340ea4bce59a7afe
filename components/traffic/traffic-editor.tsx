'use client';

import { Alert, Button, Modal, ModalBody, ModalHeader, Spinner } from '@patternfly/react-core';
import { useState } from 'react';
import { useGet, useList, usePatch } from '@/components/kube';
import type { KService, Revision } from '@/lib/resources/types';
import type { TrafficTarget } from '@/lib/traffic';
import { TrafficEditorModal } from './traffic-editor-modal';

export interface TrafficEditorProps {
  namespace: string;
  /** The Knative Service's name. */
  name: string;
  onClose: () => void;
}

/**
 * The traffic editor for one Service, loading what it needs (the live Service and its
 * revisions) and patching `spec.traffic` through the console API. Mount it to open it:
 * the service page, the Revisions list and the topology menu all use this.
 */
export function TrafficEditor({ namespace, name, onClose }: TrafficEditorProps) {
  const service = useGet<KService>('services', namespace, name);
  const revisions = useList('revisions', namespace);
  const patch = usePatch('services', namespace);

  // If the Service is deleted while the editor is open, the editor stays with what it
  // had: applying then shows the API's answer (NotFound) instead of the form vanishing.
  const [kept, setKept] = useState<KService>();
  if (service.data && service.data !== kept) setKept(service.data);
  const svc = service.data ?? kept;

  if (svc && revisions.data) {
    const own = (revisions.data.items as Revision[]).filter((r) => r.metadata.labels?.['serving.knative.dev/service'] === name);
    const apply = async (traffic: TrafficTarget[]) =>
      (await patch.mutateAsync({ name, patch: { spec: { traffic } } })) as KService;
    return <TrafficEditorModal service={svc} revisions={own} onClose={onClose} onApply={apply} />;
  }

  const error = service.error ?? revisions.error;
  const gone = service.data === null;
  return (
    <Modal isOpen variant="small" onClose={onClose} aria-labelledby="traffic-editor-loading">
      <ModalHeader title={`Set traffic distribution: ${name}`} labelId="traffic-editor-loading" />
      <ModalBody>
        {error ? (
          <Alert isInline variant="danger" title={`Could not load service ${name}`}>{error.message}</Alert>
        ) : gone ? (
          <Alert isInline variant="warning" title={`Service ${name} was deleted`} />
        ) : (
          <Spinner size="lg" aria-label="Loading service and revisions" />
        )}
      </ModalBody>
    </Modal>
  );
}

/** The "Set traffic distribution" button and the editor it opens. */
export function SetTrafficAction({ namespace, name, variant = 'secondary' }: { namespace: string; name: string; variant?: 'primary' | 'secondary' | 'link' }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant={variant} onClick={() => setOpen(true)}>Set traffic distribution</Button>
      {open && <TrafficEditor namespace={namespace} name={name} onClose={() => setOpen(false)} />}
    </>
  );
}
