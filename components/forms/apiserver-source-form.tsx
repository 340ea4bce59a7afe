'use client';
import { Button, Form, FormGroup, FormSection, FormSelect, FormSelectOption, TextInput } from '@patternfly/react-core';
import { MinusCircleIcon, PlusCircleIcon } from '@patternfly/react-icons';
import { useMemo, useState } from 'react';
import { recordOf, type KeyValue } from '@/lib/forms/drafts';
import { nsHref } from '@/lib/resources/hrefs';
import { apiServerSourceSchema, type ApiServerSourceInput } from '@/lib/schemas/apiserver-source';
import { FormActions } from './form-actions';
import type { SinkDraft } from './sink-picker';
import { noSink, SourceSinkFields } from './source-common';
import { FieldHelper, TextField } from './text-field';
import { useAddForm } from './use-add-form';
import { useNameTaken } from './use-name-taken';

const FIELDS = ['namespace', 'name', 'resources', 'mode', 'serviceAccountName', 'sink', 'ceOverrides'];
type Row = { apiVersion: string; kind: string; selector: string };

/** ApiServerSource: API changes of the listed kinds as events (`kn source apiserver create`). */
export function ApiServerSourceForm({ namespace }: { namespace: string }) {
  const [name, setName] = useState('api-server-source');
  const [rows, setRows] = useState<Row[]>([{ apiVersion: 'v1', kind: 'Event', selector: '' }]);
  const [mode, setMode] = useState<'Reference' | 'Resource'>('Reference');
  const [serviceAccountName, setServiceAccount] = useState('');
  const [sink, setSink] = useState<SinkDraft>(noSink);
  const [overrides, setOverrides] = useState<KeyValue[]>([]);

  const input: ApiServerSourceInput = useMemo(
    () => ({ namespace, name: name.trim(), resources: rows, mode, serviceAccountName: serviceAccountName.trim(), sink, ceOverrides: recordOf(overrides) }),
    [namespace, name, rows, mode, serviceAccountName, sink, overrides],
  );
  const taken = useNameTaken('apiserversources', namespace, input.name);
  const extraErrors = useMemo((): Record<string, string> => (taken ? { name: taken } : {}), [taken]);
  const form = useAddForm({ schema: apiServerSourceSchema, endpoint: '/api/add/apiserver-source', input, extraErrors, fields: FIELDS });
  const setRow = (i: number, patch: Partial<Row>) => {
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
    form.touch(`resources.${i}.${Object.keys(patch)[0]}`);
  };

  return (
    <Form style={{ maxWidth: 880 }} onSubmit={async (e) => { e.preventDefault(); const created = await form.submit(); if (created) form.showInTopology(created); }}>
      <TextField id="source-name" label="Name" isRequired value={name} onChange={(v) => { setName(v); form.touch('name'); }} error={form.error('name') ?? (input.name ? taken : undefined)} />
      <FormSection title="What to watch">
        <FormGroup label="Resources" fieldId="apiserver-resource-0-apiVersion" isRequired role="group">
          {rows.map((r, i) => (
            <div key={i} style={{ marginBottom: 8 }}>
              <div style={{ display: 'flex', gap: 8 }}>
                <TextInput id={`apiserver-resource-${i}-apiVersion`} aria-label={`API version ${i + 1}`} placeholder="v1" value={r.apiVersion} onChange={(_e, apiVersion) => setRow(i, { apiVersion })} validated={form.error(`resources.${i}.apiVersion`) ? 'error' : 'default'} />
                <TextInput aria-label={`Kind ${i + 1}`} placeholder="Event" value={r.kind} onChange={(_e, kind) => setRow(i, { kind })} validated={form.error(`resources.${i}.kind`) ? 'error' : 'default'} />
                <TextInput aria-label={`Label selector ${i + 1}`} placeholder="app=web (optional)" value={r.selector} onChange={(_e, selector) => setRow(i, { selector })} validated={form.error(`resources.${i}.selector`) ? 'error' : 'default'} />
                <Button variant="plain" aria-label={`Remove resource ${i + 1}`} icon={<MinusCircleIcon />} onClick={() => { setRows((rs) => rs.filter((_, j) => j !== i)); form.touch('resources'); }} />
              </div>
              <FieldHelper error={form.errorsUnder(`resources.${i}`)} />
            </div>
          ))}
          <Button variant="link" isInline icon={<PlusCircleIcon />} onClick={() => setRows((rs) => [...rs, { apiVersion: '', kind: '', selector: '' }])}>Add resource</Button>
          <FieldHelper id="apiserver-resources-helper" error={form.error('resources')} helper="apiVersion, kind and an optional label selector (--resource Kind:apiVersion[:selector])" />
        </FormGroup>
        <FormGroup label="Mode" fieldId="apiserver-mode">
          <FormSelect id="apiserver-mode" value={mode} onChange={(_e, v) => { setMode(v as typeof mode); form.touch('mode'); }}>
            <FormSelectOption value="Reference" label="Reference: the event carries a reference to the object" />
            <FormSelectOption value="Resource" label="Resource: the event carries the whole object" />
          </FormSelect>
          <FieldHelper error={form.error('mode')} />
        </FormGroup>
        <TextField id="apiserver-sa" label="Service account" value={serviceAccountName} onChange={(v) => { setServiceAccount(v); form.touch('serviceAccountName'); }} error={form.error('serviceAccountName')} placeholder="default" helper="Whose permissions the watch uses (--service-account); the namespace's default when empty" />
      </FormSection>
      <FormSection title="Delivery">
        <SourceSinkFields namespace={namespace} sink={sink} onSink={setSink} overrides={overrides} onOverrides={setOverrides} form={form} />
      </FormSection>
      <FormActions what="ApiServerSource" failure={form.failure} summary={form.summary} busy={form.busy} cancelHref={nsHref(namespace, 'add/event-source')} />
    </Form>
  );
}
