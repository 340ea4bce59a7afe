'use client';
import { Form, FormGroup, FormSection, FormSelect, FormSelectOption, Grid, GridItem } from '@patternfly/react-core';
import { useMemo, useState } from 'react';
import { numberOrUndefined } from '@/lib/forms/drafts';
import { nsHref } from '@/lib/resources/hrefs';
import { BROKER_CLASSES, brokerSchema, type BrokerInput } from '@/lib/schemas/broker';
import { FormActions } from './form-actions';
import { SinkPicker, type SinkDraft } from './sink-picker';
import { sinkErrors } from './source-common';
import { FieldHelper, TextField } from './text-field';
import { useAddForm } from './use-add-form';
import { useNameTaken } from './use-name-taken';

const FIELDS = ['namespace', 'name', 'class', 'delivery'];

/** Broker (`kn broker create NAME --class … --retry … --backoff-policy … --backoff-delay … --dl-sink …`). */
export function BrokerForm({ namespace }: { namespace: string }) {
  const [name, setName] = useState('default');
  const [brokerClass, setClass] = useState<(typeof BROKER_CLASSES)[number]>('MTChannelBasedBroker');
  const [retry, setRetry] = useState('');
  const [backoffPolicy, setPolicy] = useState('');
  const [backoffDelay, setDelay] = useState('');
  const [timeout, setTimeoutValue] = useState('');
  const [dls, setDls] = useState<SinkDraft | undefined>();

  const input: BrokerInput = useMemo(
    () => ({
      namespace,
      name: name.trim(),
      class: brokerClass,
      delivery: {
        retry: numberOrUndefined(retry),
        backoffPolicy: (backoffPolicy || undefined) as 'linear' | 'exponential' | undefined,
        backoffDelay: backoffDelay.trim(),
        timeout: timeout.trim(),
        deadLetterSink: dls,
      },
    }),
    [namespace, name, brokerClass, retry, backoffPolicy, backoffDelay, timeout, dls],
  );
  const taken = useNameTaken('brokers', namespace, input.name);
  const extraErrors = useMemo((): Record<string, string> => (taken ? { name: taken } : {}), [taken]);
  const form = useAddForm({ schema: brokerSchema, endpoint: '/api/add/broker', input, extraErrors, fields: FIELDS });
  const on = (set: (v: string) => void, field: string) => (v: string) => { set(v); form.touch(field); };

  return (
    <Form style={{ maxWidth: 880 }} onSubmit={async (e) => { e.preventDefault(); const created = await form.submit(); if (created) form.showInTopology(created); }}>
      <TextField id="broker-name" label="Name" isRequired value={name} onChange={on(setName, 'name')} error={form.error('name') ?? (input.name ? taken : undefined)} />
      <FormGroup label="Class" fieldId="broker-class">
        <FormSelect id="broker-class" value={brokerClass} onChange={(_e, v) => on((x) => setClass(x as typeof brokerClass), 'class')(v)}>
          {BROKER_CLASSES.map((c) => <FormSelectOption key={c} value={c} label={c === 'MTChannelBasedBroker' ? 'MTChannelBasedBroker (channel-based, default)' : c} />)}
        </FormSelect>
        <FieldHelper error={form.error('class')} helper="The broker implementation (annotation eventing.knative.dev/broker.class)" />
      </FormGroup>
      <FormSection title="Delivery">
        <Grid hasGutter md={6}>
          <GridItem><TextField id="broker-retry" label="Retries" type="number" value={retry} onChange={on(setRetry, 'delivery.retry')} error={form.error('delivery.retry')} placeholder="10" helper="Attempts after the first one fails (--retry)" /></GridItem>
          <GridItem>
            <FormGroup label="Backoff policy" fieldId="broker-backoff-policy">
              <FormSelect id="broker-backoff-policy" value={backoffPolicy} onChange={(_e, v) => on(setPolicy, 'delivery.backoffPolicy')(v)}>
                <FormSelectOption value="" label="Default (exponential)" />
                <FormSelectOption value="exponential" label="exponential: delay × 2ⁿ" />
                <FormSelectOption value="linear" label="linear: delay × n" />
              </FormSelect>
              <FieldHelper error={form.error('delivery.backoffPolicy')} helper="--backoff-policy" />
            </FormGroup>
          </GridItem>
          <GridItem><TextField id="broker-backoff-delay" label="Backoff delay" value={backoffDelay} onChange={on(setDelay, 'delivery.backoffDelay')} error={form.error('delivery.backoffDelay')} placeholder="PT0.2S" helper="ISO-8601 duration (--backoff-delay)" /></GridItem>
          <GridItem><TextField id="broker-timeout" label="Timeout per attempt" value={timeout} onChange={on(setTimeoutValue, 'delivery.timeout')} error={form.error('delivery.timeout')} placeholder="PT10S" helper="ISO-8601 duration (--timeout)" /></GridItem>
        </Grid>
        <SinkPicker
          id="broker-dls"
          label="Dead-letter sink"
          optional
          namespace={namespace}
          value={dls}
          onChange={(v) => { setDls(v); form.touch('delivery.deadLetterSink'); }}
          errors={sinkErrors(form, 'delivery.deadLetterSink')}
          helper="Where an event goes once every retry failed (--dl-sink)"
        />
        <FieldHelper error={form.error('delivery')} />
      </FormSection>
      <FormActions what="broker" failure={form.failure} summary={form.summary} busy={form.busy} cancelHref={nsHref(namespace, 'add')} />
    </Form>
  );
}
