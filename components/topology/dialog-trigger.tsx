'use client';
import {
  ActionGroup, Alert, Button, Form, FormGroup, FormHelperText, FormSelect, FormSelectOption, HelperText, HelperTextItem, Modal, ModalBody, ModalFooter,
  ModalHeader, TextInput,
} from '@patternfly/react-core';
import { MinusCircleIcon, PlusCircleIcon } from '@patternfly/react-icons';
import { useState } from 'react';
import { useDialogAction } from './use-dialog-action';
import { childName, filterOps, triggerFormSchema, triggerObject, type FilterRow, type KObject, type ObjectRef } from '@/lib/topology';

export interface TriggerDialogProps {
  brokers: ObjectRef[];
  subscribers: ObjectRef[];
  broker?: ObjectRef;
  subscriber?: ObjectRef;
  onCreate(trigger: KObject): Promise<unknown>;
  onClose(): void;
}

const opLabels: Record<FilterRow['op'], string> = { exact: 'equals', prefix: 'starts with', suffix: 'ends with' };

/** Name and filter rows for a new Trigger (from a broker → service drag, or the Add trigger action). */
export function TriggerDialog({ brokers, subscribers, broker: fixedBroker, subscriber: fixedSubscriber, onCreate, onClose }: TriggerDialogProps) {
  const [broker, setBroker] = useState(fixedBroker?.name ?? brokers[0]?.name ?? '');
  const [subscriber, setSubscriber] = useState(fixedSubscriber?.name ?? subscribers[0]?.name ?? '');
  const [name, setName] = useState(() => childName(broker || 'trigger', subscriber));
  const [rows, setRows] = useState<FilterRow[]>([{ attribute: 'type', op: 'exact', value: '' }]);
  const { busy, error, run } = useDialogAction(onClose);
  const [touched, setTouched] = useState(false);

  const parsed = triggerFormSchema.safeParse({ name, filters: rows });
  const issue = (path: string) => (touched && !parsed.success ? parsed.error.issues.find((i) => i.path.join('.') === path)?.message : undefined);
  const brokerRef = brokers.find((b) => b.name === broker) ?? fixedBroker;
  const subscriberRef = subscribers.find((s) => s.name === subscriber) ?? fixedSubscriber;

  const setRow = (i: number, patch: Partial<FilterRow>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const submit = async () => {
    setTouched(true);
    if (!parsed.success || !brokerRef || !subscriberRef) return;
    await run(() => onCreate(triggerObject(brokerRef, subscriberRef, parsed.data.name, parsed.data.filters)));
  };

  return (
    <Modal variant="medium" isOpen onClose={onClose} aria-labelledby="trigger-dialog-title">
      <ModalHeader title="Add trigger" labelId="trigger-dialog-title" description="Deliver the broker's events that match every filter row to the service." />
      <ModalBody>
        <Form id="trigger-form" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
          <FormGroup label="Broker" fieldId="trigger-broker" isRequired>
            <FormSelect id="trigger-broker" value={broker} onChange={(_, v) => setBroker(v)} isDisabled={!!fixedBroker} aria-label="Broker">
              {(fixedBroker ? [fixedBroker] : brokers).map((b) => <FormSelectOption key={b.name} value={b.name} label={b.name} />)}
            </FormSelect>
          </FormGroup>
          <FormGroup label="Subscriber" fieldId="trigger-subscriber" isRequired>
            <FormSelect id="trigger-subscriber" value={subscriber} onChange={(_, v) => setSubscriber(v)} isDisabled={!!fixedSubscriber} aria-label="Subscriber">
              {(fixedSubscriber ? [fixedSubscriber] : subscribers).map((s) => <FormSelectOption key={s.name} value={s.name} label={s.name} />)}
            </FormSelect>
          </FormGroup>
          <FormGroup label="Name" fieldId="trigger-name" isRequired>
            <TextInput id="trigger-name" value={name} onChange={(_, v) => setName(v)} validated={issue('name') ? 'error' : 'default'} />
            {issue('name') && <FormHelperText><HelperText><HelperTextItem variant="error">{issue('name')}</HelperTextItem></HelperText></FormHelperText>}
          </FormGroup>
          <FormGroup label="Filters" fieldId="trigger-filter-0-attribute" role="group">
            {rows.map((r, i) => (
              <div key={i} style={{ display: 'flex', gap: 8, marginBottom: 8 }} data-testid={`filter-row-${i}`}>
                <TextInput aria-label={`Attribute ${i + 1}`} id={`trigger-filter-${i}-attribute`} value={r.attribute} onChange={(_, v) => setRow(i, { attribute: v })} validated={issue(`filters.${i}.attribute`) ? 'error' : 'default'} />
                <FormSelect aria-label={`Match ${i + 1}`} value={r.op} onChange={(_, v) => setRow(i, { op: v as FilterRow['op'] })}>
                  {filterOps.map((op) => <FormSelectOption key={op} value={op} label={opLabels[op]} />)}
                </FormSelect>
                <TextInput aria-label={`Value ${i + 1}`} value={r.value} onChange={(_, v) => setRow(i, { value: v })} validated={issue(`filters.${i}.value`) ? 'error' : 'default'} />
                <Button variant="plain" aria-label={`Remove filter ${i + 1}`} icon={<MinusCircleIcon />} onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))} />
              </div>
            ))}
            <FormHelperText>
              <HelperText>
                {rows.flatMap((_, i) => [issue(`filters.${i}.attribute`), issue(`filters.${i}.value`)]).concat(issue('filters')).filter(Boolean).map((m, i) => (
                  <HelperTextItem key={i} variant="error">{m}</HelperTextItem>
                ))}
                {rows.length === 0 && <HelperTextItem>No filter: every event sent to the broker is delivered.</HelperTextItem>}
              </HelperText>
            </FormHelperText>
            <Button variant="link" icon={<PlusCircleIcon />} onClick={() => setRows((rs) => [...rs, { attribute: '', op: 'exact', value: '' }])}>
              Add filter
            </Button>
          </FormGroup>
          {error && <Alert variant="danger" isInline title="The trigger was not created">{error}</Alert>}
          <ActionGroup style={{ display: 'none' }}><button type="submit" /></ActionGroup>
        </Form>
      </ModalBody>
      <ModalFooter>
        <Button variant="primary" onClick={() => void submit()} isLoading={busy} isDisabled={busy || !brokerRef || !subscriberRef}>Create</Button>
        <Button variant="link" onClick={onClose}>Cancel</Button>
      </ModalFooter>
    </Modal>
  );
}
