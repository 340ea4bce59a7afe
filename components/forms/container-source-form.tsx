'use client';
import { Button, Form, FormGroup, FormSection, TextInput } from '@patternfly/react-core';
import { MinusCircleIcon, PlusCircleIcon } from '@patternfly/react-icons';
import { useMemo, useState } from 'react';
import { envInput, recordOf, type EnvDraft, type KeyValue } from '@/lib/forms/drafts';
import { nsHref } from '@/lib/resources/hrefs';
import { containerSourceSchema, type ContainerSourceInput } from '@/lib/schemas/container-source';
import { EnvRows } from './env-rows';
import { FormActions } from './form-actions';
import type { SinkDraft } from './sink-picker';
import { noSink, SourceSinkFields } from './source-common';
import { FieldHelper, TextField } from './text-field';
import { useAddForm } from './use-add-form';
import { useNameTaken } from './use-name-taken';

const FIELDS = ['namespace', 'name', 'image', 'args', 'env', 'sink', 'ceOverrides'];

/** ContainerSource: a container that posts events to K_SINK (`kn source container create --image …`). */
export function ContainerSourceForm({ namespace }: { namespace: string }) {
  const [name, setName] = useState('container-source');
  const [image, setImage] = useState('');
  const [args, setArgs] = useState<string[]>([]);
  const [env, setEnv] = useState<EnvDraft[]>([]);
  const [sink, setSink] = useState<SinkDraft>(noSink);
  const [overrides, setOverrides] = useState<KeyValue[]>([]);

  const input: ContainerSourceInput = useMemo(
    () => ({ namespace, name: name.trim(), image, args, env: envInput(env), sink, ceOverrides: recordOf(overrides) }),
    [namespace, name, image, args, env, sink, overrides],
  );
  const taken = useNameTaken('containersources', namespace, input.name);
  const extraErrors = useMemo((): Record<string, string> => (taken ? { name: taken } : {}), [taken]);
  const form = useAddForm({ schema: containerSourceSchema, endpoint: '/api/add/container-source', input, extraErrors, fields: FIELDS });

  return (
    <Form style={{ maxWidth: 880 }} onSubmit={async (e) => { e.preventDefault(); const created = await form.submit(); if (created) form.showInTopology(created); }}>
      <TextField id="source-name" label="Name" isRequired value={name} onChange={(v) => { setName(v); form.touch('name'); }} error={form.error('name') ?? (input.name ? taken : undefined)} />
      <FormSection title="Container">
        <TextField id="container-image" label="Image reference" isRequired value={image} onChange={(v) => { setImage(v); form.touch('image'); }} error={form.error('image')} placeholder="gcr.io/knative-releases/knative.dev/eventing/cmd/heartbeats" />
        <FormGroup label="Arguments" fieldId="container-arg-0" role="group">
          {args.map((a, i) => (
            <div key={i} style={{ display: 'flex', gap: 8, marginBottom: 8 }}>
              <TextInput id={`container-arg-${i}`} aria-label={`Argument ${i + 1}`} value={a} onChange={(_e, v) => { setArgs((as) => as.map((x, j) => (j === i ? v : x))); form.touch('args'); }} />
              <Button variant="plain" aria-label={`Remove argument ${i + 1}`} icon={<MinusCircleIcon />} onClick={() => setArgs((as) => as.filter((_, j) => j !== i))} />
            </div>
          ))}
          <Button variant="link" isInline icon={<PlusCircleIcon />} onClick={() => setArgs((as) => [...as, ''])}>Add argument</Button>
          <FieldHelper error={form.errorsUnder('args')} helper="One per row, in order (--arg)" />
        </FormGroup>
        <EnvRows id="container-env" namespace={namespace} rows={env} onChange={(rows) => { setEnv(rows); form.touch('env'); }} error={(p) => form.error(p ? `env.${p}` : 'env')} />
      </FormSection>
      <FormSection title="Delivery">
        <SourceSinkFields namespace={namespace} sink={sink} onSink={setSink} overrides={overrides} onOverrides={setOverrides} form={form} />
      </FormSection>
      <FormActions what="ContainerSource" failure={form.failure} summary={form.summary} busy={form.busy} cancelHref={nsHref(namespace, 'add/event-source')} />
    </Form>
  );
}
