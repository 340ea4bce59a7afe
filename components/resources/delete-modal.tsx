'use client';
import { Alert, Button, Modal, ModalBody, ModalFooter, ModalHeader } from '@patternfly/react-core';
import type { KindDef } from '@/lib/resources/kinds';
import { useDelete } from '@/components/kube/use-mutations';

/** Asks before deleting; the row (or page) disappears when the watch reports the deletion. */
export function DeleteModal({ kind, namespace, name, onClose, onDeleted }: { kind: KindDef; namespace: string; name: string; onClose(): void; onDeleted?(): void }) {
  const del = useDelete(kind.id, namespace);
  return (
    <Modal variant="small" isOpen onClose={onClose} aria-labelledby="delete-modal-title">
      <ModalHeader title={`Delete ${kind.label}?`} titleIconVariant="warning" labelId="delete-modal-title" />
      <ModalBody>
        {del.error && <Alert variant="danger" isInline title={del.error.message} className="pf-v6-u-mb-md" />}
        <p>
          <strong>{name}</strong> will be deleted{kind.namespaced ? <> from namespace <strong>{namespace}</strong></> : null}, together with the resources it owns.
        </p>
      </ModalBody>
      <ModalFooter>
        <Button
          variant="danger"
          isLoading={del.isPending}
          isDisabled={del.isPending}
          onClick={() => del.mutate(name, { onSuccess: () => { onClose(); onDeleted?.(); } })}
        >
          Delete
        </Button>
        <Button variant="link" onClick={onClose}>
          Cancel
        </Button>
      </ModalFooter>
    </Modal>
  );
}
