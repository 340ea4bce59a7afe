'use client';
import { Form, FormGroup, FormSection, Radio } from '@patternfly/react-core';
import { useMemo, useState } from 'react';
import { recordOf, type KeyValue } from '@/lib/forms/drafts';
import { nsHref } from '@/lib/resources/hrefs';
import { sinkBindingSchema, type SinkBindingInput } from '@/lib/schemas/sink-binding';
import { FormActions } from './form-actions';
import type { SinkDraft } from './sink-picker';
import { noSink, SourceSinkFields } from './source-common';
import { TextField } from './text-field';
import { useAddForm } from './use-add-form';
import { useNameTaken } from './use-name-taken';

const FIELDS = ['namespace', 'name', 'subject', 'sink', 'ceOverrides'];

/** SinkBinding: give matching workloads K_SINK (`kn source binding create --subject …`). */
export function SinkBindingForm({ namespace }: { namespace: string }) {
  const [name, setName] = useState('sink-binding');
  const [subject, setSubject] = useState({ apiVersion: 'apps/v1', kind: 'Deployment', by: 'name' as 'name' | 'selector', name: '', selector: '' });
  const [sink, setSink] = useState<SinkDraft>(noSink);
  const [overrides, setOverrides] = useState<KeyValue[]>([]);

  const input: SinkBindingInput = useMemo(
    () => ({ namespace, name: name.trim(), subject, sink, ceOverrides: recordOf(overrides) }),
    [namespace, name, subject, sink, overrides],
  );
  const taken = useNameTaken('sinkbindings', namespace, input.name);
  const extraErrors = useMemo((): Record<string, string> => (taken ? { name: taken } : {}), [taken]);
  const form = useAddForm({ schema: sinkBindingSchema, endpoint: '/api/add/sink-binding', input, extraErrors, fields: FIELDS });
  const set = (patch: Partial<typeof subject>) => {
    setSubject((s) => ({ ...s, ...patch }));
    form.touch(`subject.${Object.keys(patch)[0]}`);
  };

  return (
    <Form style={{ maxWidth: 880 }} onSubmit={async (e) => { e.preventDefault(); const created = await form.submit(); if (created) form.showInTopology(created); }}>
      <TextField id="source-name" label="Name" isRequired value={name} onChange={(v) => { setName(v); form.touch('name'); }} error={form.error('name') ?? (input.name ? taken : undefined)} />
      <FormSection title="Subject">
        <TextField id="binding-api-version" label="API version" isRequired value={subject.apiVersion} onChange={(apiVersion) => set({ apiVersion })} error={form.error('subject.apiVersion')} />
        <TextField id="binding-kind" label="Kind" isRequired value={subject.kind} onChange={(kind) => set({ kind })} error={form.error('subject.kind')} helper="A PodSpecable kind: Deployment, Job, a Knative Service…" />
        <FormGroup label="Match by" fieldId="binding-by-name" role="radiogroup" isInline>
          <Radio id="binding-by-name" name="binding-by" label="Name" isChecked={subject.by === 'name'} onChange={() => set({ by: 'name' })} />
          <Radio id="binding-by-selector" name="binding-by" label="Label selector" isChecked={subject.by === 'selector'} onChange={() => set({ by: 'selector' })} />
        </FormGroup>
        {subject.by === 'name' ? (
          <TextField id="binding-subject-name" label="Subject name" isRequired value={subject.name} onChange={(v) => set({ name: v })} error={form.error('subject.name')} />
        ) : (
          <TextField id="binding-subject-selector" label="Label selector" isRequired value={subject.selector} onChange={(selector) => set({ selector })} error={form.error('subject.selector')} placeholder="app=emitter" helper="key=value pairs, comma-separated" />
        )}
      </FormSection>
      <FormSection title="Delivery">
        <SourceSinkFields namespace={namespace} sink={sink} onSink={setSink} overrides={overrides} onOverrides={setOverrides} form={form} />
      </FormSection>
      <FormActions what="SinkBinding" failure={form.failure} summary={form.summary} busy={form.busy} cancelHref={nsHref(namespace, 'add/event-source')} />
    </Form>
  );
}
