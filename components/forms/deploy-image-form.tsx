'use client';
import { ExpandableSection, Form, FormSection } from '@patternfly/react-core';
import { useMemo, useState } from 'react';
import { deployImageInput, emptyDeployImageDraft, type DeployImageDraft } from '@/lib/forms/deploy-image-draft';
import { nsHref } from '@/lib/resources/hrefs';
import { deployImageSchema } from '@/lib/schemas/deploy-image';
import { nameFromImage, parseImageReference } from '@/lib/validation/image-reference';
import { ApplicationSelect } from './application-select';
import { DeployImageAdvanced } from './deploy-image-advanced';
import { FormActions } from './form-actions';
import { TextField } from './text-field';
import { useAddForm } from './use-add-form';
import { useNameTaken } from './use-name-taken';

const FIELDS = ['namespace', 'name', 'image', 'application', 'env', 'port', 'containerConcurrency', 'timeoutSeconds', 'scaling', 'resources', 'labels', 'annotations', 'tag'];
const ADVANCED = FIELDS.slice(4);

function imageHelper(image: string) {
  const parsed = parseImageReference(image);
  if (!parsed.ok) return 'e.g. docker.io/knative/helloworld, ghcr.io/org/app:1.2 or quay.io/org/app@sha256:…';
  const { domain, path, tag, digest } = parsed.ref;
  return `Registry ${domain ?? 'docker.io (default)'} · repository ${path}${digest ? ` · digest ${digest.slice(0, 19)}…` : ` · tag ${tag ?? 'latest'}`}`;
}

/** Deploy Image: a Knative Service from a container image, with kn's options under Advanced. */
export function DeployImageForm({ namespace }: { namespace: string }) {
  const [draft, setDraft] = useState<DeployImageDraft>(emptyDeployImageDraft);
  const [advanced, setAdvanced] = useState(false);
  const input = useMemo(() => deployImageInput(namespace, draft), [namespace, draft]);
  const taken = useNameTaken('services', namespace, input.name);
  const extraErrors = useMemo((): Record<string, string> => (taken ? { name: taken } : {}), [taken]);
  const form = useAddForm({ schema: deployImageSchema, endpoint: '/api/add/deploy-image', input, extraErrors, fields: FIELDS });

  const update = (patch: Partial<DeployImageDraft>, field: string) => {
    setDraft((d) => ({ ...d, ...patch }));
    form.touch(field);
  };
  const onImage = (image: string) => {
    setDraft((d) => ({ ...d, image, ...(d.nameEdited ? {} : { name: nameFromImage(image) }) }));
    form.touch('image');
  };
  const advancedErrors = ADVANCED.some((f) => form.errorsUnder(f).length > 0);

  return (
    <Form
      style={{ maxWidth: 880 }}
      onSubmit={async (e) => {
        e.preventDefault();
        const created = await form.submit();
        if (created) form.showInTopology(created);
      }}
    >
      <FormSection title="Image">
        <TextField id="deploy-image" label="Image reference" isRequired value={draft.image} onChange={onImage} error={form.error('image')} helper={imageHelper(draft.image)} placeholder="docker.io/knative/helloworld" />
      </FormSection>
      <FormSection title="General">
        <ApplicationSelect id="deploy-application" namespace={namespace} value={draft.application} onChange={(application) => update({ application }, 'application')} error={form.error('application')} />
        <TextField
          id="deploy-name"
          label="Name"
          isRequired
          value={draft.name}
          onChange={(name) => update({ name, nameEdited: true }, 'name')}
          error={form.error('name') ?? (input.name ? taken : undefined)}
          helper={`The Knative Service's name: lowercase letters, digits and '-', at most 63 characters. Its URL will be http://${input.name || 'NAME'}.${namespace}.localhost:…`}
        />
      </FormSection>
      <ExpandableSection toggleText="Advanced options" isExpanded={advanced || advancedErrors} onToggle={(_e, v) => setAdvanced(v)} data-testid="advanced-options">
        <DeployImageAdvanced namespace={namespace} draft={draft} setDraft={setDraft} form={form} />
      </ExpandableSection>
      <FormActions what="service" failure={form.failure} summary={form.summary} busy={form.busy} cancelHref={nsHref(namespace, 'add')} />
    </Form>
  );
}
