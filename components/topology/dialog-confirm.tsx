'use client';
import { Alert, Button, Modal, ModalBody, ModalFooter, ModalHeader } from '@patternfly/react-core';
import type { ReactNode } from 'react';
import { useDialogAction } from './use-dialog-action';

export interface ConfirmRequest {
  title: string;
  body: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  run(): Promise<unknown>;
}

/** Confirms a destructive graph action and shows the API's answer if it fails (the dialog stays open). */
export function ConfirmDialog({ request, onClose }: { request: ConfirmRequest; onClose(): void }) {
  const { busy, error, run } = useDialogAction(onClose);
  const confirm = () => run(() => request.run());
  return (
    <Modal variant="small" isOpen onClose={onClose} aria-labelledby="topology-confirm-title">
      <ModalHeader title={request.title} labelId="topology-confirm-title" titleIconVariant={request.danger ? 'warning' : undefined} />
      <ModalBody>
        {request.body}
        {error && <Alert variant="danger" isInline title={error} style={{ marginTop: 12 }} />}
      </ModalBody>
      <ModalFooter>
        <Button variant={request.danger ? 'danger' : 'primary'} onClick={() => void confirm()} isLoading={busy} isDisabled={busy}>
          {request.confirmLabel}
        </Button>
        <Button variant="link" onClick={onClose}>Cancel</Button>
      </ModalFooter>
    </Modal>
  );
}
