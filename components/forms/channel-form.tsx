'use client';
import { Form, FormGroup, FormSelect, FormSelectOption } from '@patternfly/react-core';
import { useMemo, useState } from 'react';
import { nsHref } from '@/lib/resources/hrefs';
import { CHANNEL_TYPES, channelSchema, type ChannelInput } from '@/lib/schemas/channel';
import { FormActions } from './form-actions';
import { FieldHelper, TextField } from './text-field';
import { useAddForm } from './use-add-form';
import { useNameTaken } from './use-name-taken';

/** Channel (`kn channel create NAME --type imc`). */
export function ChannelForm({ namespace }: { namespace: string }) {
  const [name, setName] = useState('channel');
  const [type, setType] = useState<keyof typeof CHANNEL_TYPES>('imc');
  const input: ChannelInput = useMemo(() => ({ namespace, name: name.trim(), type }), [namespace, name, type]);
  const taken = useNameTaken('channels', namespace, input.name);
  const extraErrors = useMemo((): Record<string, string> => (taken ? { name: taken } : {}), [taken]);
  const form = useAddForm({ schema: channelSchema, endpoint: '/api/add/channel', input, extraErrors, fields: ['namespace', 'name', 'type'] });

  return (
    <Form style={{ maxWidth: 640 }} onSubmit={async (e) => { e.preventDefault(); const created = await form.submit(); if (created) form.showInTopology(created); }}>
      <TextField id="channel-name" label="Name" isRequired value={name} onChange={(v) => { setName(v); form.touch('name'); }} error={form.error('name') ?? (input.name ? taken : undefined)} />
      <FormGroup label="Type" fieldId="channel-type">
        <FormSelect id="channel-type" value={type} onChange={(_e, v) => { setType(v as typeof type); form.touch('type'); }}>
          {Object.entries(CHANNEL_TYPES).map(([k, t]) => <FormSelectOption key={k} value={k} label={t.label} />)}
        </FormSelect>
        <FieldHelper error={form.error('type')} helper="The channel's implementation (spec.channelTemplate)" />
      </FormGroup>
      <FormActions what="channel" failure={form.failure} summary={form.summary} busy={form.busy} cancelHref={nsHref(namespace, 'add')} />
    </Form>
  );
}
