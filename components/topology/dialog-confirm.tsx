'use client';
import { Alert, Button, Modal, ModalBody, ModalFooter, ModalHeader } from '@patternfly/react-core';
import { useState, type ReactNode } from 'react';

export interface ConfirmRequest {
  title: string;
  body: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  run(): Promise<unknown>;
}

/** Confirms a destructive graph action and shows the API's answer if it fails (the dialog stays open). */
export function ConfirmDialog({ request, onClose }: { request: ConfirmRequest; onClose(): void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await request.run();
      onClose();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
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
