'use client';
import { Alert, Button, Form, FormGroup, FormSelect, FormSelectOption, Modal, ModalBody, ModalFooter, ModalHeader } from '@patternfly/react-core';
import { useState } from 'react';
import { useDialogAction } from './use-dialog-action';

export interface PickTargetProps {
  title: string;
  description: string;
  /** Node ids with a label, already filtered to valid targets. */
  options: { id: string; label: string }[];
  onPick(id: string): Promise<unknown>;
  onClose(): void;
}

/** The keyboard way to wire the graph (Move sink, Move subscriber): choose the new target from the valid ones. */
export function PickTargetDialog({ title, description, options, onPick, onClose }: PickTargetProps) {
  const [id, setId] = useState(options[0]?.id ?? '');
  const { busy, error, run } = useDialogAction(onClose);
  const submit = () => run(() => onPick(id));
  return (
    <Modal variant="small" isOpen onClose={onClose} aria-labelledby="pick-target-title">
      <ModalHeader title={title} labelId="pick-target-title" description={description} />
      <ModalBody>
        <Form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
          <FormGroup label="Target" fieldId="pick-target">
            <FormSelect id="pick-target" value={id} onChange={(_, v) => setId(v)}>
              {options.map((o) => <FormSelectOption key={o.id} value={o.id} label={o.label} />)}
            </FormSelect>
          </FormGroup>
        </Form>
        {options.length === 0 && <Alert variant="info" isInline title="Nothing in this namespace can receive these events yet" />}
        {error && <Alert variant="danger" isInline title={error} style={{ marginTop: 12 }} />}
      </ModalBody>
      <ModalFooter>
        <Button onClick={() => void submit()} isDisabled={!id || busy} isLoading={busy}>Save</Button>
        <Button variant="link" onClick={onClose}>Cancel</Button>
      </ModalFooter>
    </Modal>
  );
}
