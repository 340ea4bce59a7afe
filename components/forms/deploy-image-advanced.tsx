'use client';
import { FormGroup, FormSection, FormSelect, FormSelectOption, Grid, GridItem } from '@patternfly/react-core';
import type { Dispatch, SetStateAction } from 'react';
import type { DeployImageDraft, ScalingField } from '@/lib/forms/deploy-image-draft';
import { EnvRows } from './env-rows';
import { KeyValueRows } from './key-value-rows';
import { FieldHelper, TextField } from './text-field';
import type { AddForm } from './use-add-form';

const SCALING: { field: Exclude<ScalingField, 'metric'>; label: string; helper: string; placeholder?: string }[] = [
  { field: 'min', label: 'Min scale', helper: 'Pods kept even when idle (--scale-min)', placeholder: '0' },
  { field: 'max', label: 'Max scale', helper: '0 = no limit (--scale-max)', placeholder: '0' },
  { field: 'initial', label: 'Initial scale', helper: 'Pods when a revision starts (--scale-init)', placeholder: '1' },
  { field: 'activation', label: 'Activation scale', helper: 'Pods when scaling from zero, ≥ 2 (--scale-activation)' },
  { field: 'target', label: 'Target', helper: 'Concurrent requests (or rps) per pod (--scale-target)', placeholder: '100' },
  { field: 'utilization', label: 'Target utilization %', helper: '--scale-utilization', placeholder: '70' },
  { field: 'window', label: 'Stable window', helper: 'e.g. 60s, 2m (--scale-window)', placeholder: '60s' },
  { field: 'scaleDownDelay', label: 'Scale-down delay', helper: 'e.g. 0s, 15m (annotation scale-down-delay)', placeholder: '0s' },
];

/** kn service create's options: env, port, concurrency, timeout, scaling, resources, labels, annotations, tag. */
export function DeployImageAdvanced({ namespace, draft, setDraft, form }: {
  namespace: string;
  draft: DeployImageDraft;
  setDraft: Dispatch<SetStateAction<DeployImageDraft>>;
  form: AddForm;
}) {
  const set = (patch: Partial<DeployImageDraft>, field: string) => {
    setDraft((d) => ({ ...d, ...patch }));
    form.touch(field);
  };
  const setScaling = (field: ScalingField, value: string) => {
    setDraft((d) => ({ ...d, scaling: { ...d.scaling, [field]: value } }));
    form.touch(`scaling.${field}`);
  };
  const setQuantity = (kind: 'requests' | 'limits', res: 'cpu' | 'memory', value: string) => {
    setDraft((d) => ({ ...d, resources: { ...d.resources, [kind]: { ...d.resources[kind], [res]: value } } }));
    form.touch(`resources.${kind}.${res}`);
  };

  return (
    <>
      <FormSection title="Environment">
        <EnvRows id="deploy-env" namespace={namespace} rows={draft.env} onChange={(env) => set({ env }, 'env')} error={(p) => form.error(p ? `env.${p}` : 'env')} />
      </FormSection>
      <FormSection title="Requests">
        <Grid hasGutter md={4}>
          <GridItem><TextField id="deploy-port" label="Port" type="number" value={draft.port} onChange={(port) => set({ port }, 'port')} error={form.error('port')} helper="The port the container listens on (--port); PORT is set to it" placeholder="8080" /></GridItem>
          <GridItem><TextField id="deploy-concurrency" label="Concurrency limit" type="number" value={draft.containerConcurrency} onChange={(containerConcurrency) => set({ containerConcurrency }, 'containerConcurrency')} error={form.error('containerConcurrency')} helper="Requests a pod handles at once; 0 = unlimited (--concurrency-limit)" placeholder="0" /></GridItem>
          <GridItem><TextField id="deploy-timeout" label="Timeout (seconds)" type="number" value={draft.timeoutSeconds} onChange={(timeoutSeconds) => set({ timeoutSeconds }, 'timeoutSeconds')} error={form.error('timeoutSeconds')} helper="Per request, at most 600 (--timeout)" placeholder="300" /></GridItem>
        </Grid>
      </FormSection>
      <FormSection title="Scaling">
        <Grid hasGutter md={4}>
          {SCALING.map((s) => (
            <GridItem key={s.field}>
              <TextField id={`deploy-scale-${s.field}`} label={s.label} type={s.field === 'window' || s.field === 'scaleDownDelay' ? 'text' : 'number'} value={draft.scaling[s.field]} onChange={(v) => setScaling(s.field, v)} error={form.error(`scaling.${s.field}`)} helper={s.helper} placeholder={s.placeholder} />
            </GridItem>
          ))}
          <GridItem>
            <FormGroup label="Metric" fieldId="deploy-scale-metric">
              <FormSelect id="deploy-scale-metric" value={draft.scaling.metric} onChange={(_e, v) => setScaling('metric', v)}>
                <FormSelectOption value="" label="Default (concurrency)" />
                <FormSelectOption value="concurrency" label="concurrency" />
                <FormSelectOption value="rps" label="rps (requests per second)" />
              </FormSelect>
              <FieldHelper error={form.error('scaling.metric')} helper="--scale-metric" />
            </FormGroup>
          </GridItem>
        </Grid>
        <FieldHelper id="deploy-scaling-helper" error={form.error('scaling')} />
      </FormSection>
      <FormSection title="Resources">
        <Grid hasGutter md={3}>
          {(['requests', 'limits'] as const).flatMap((kind) =>
            (['cpu', 'memory'] as const).map((res) => (
              <GridItem key={`${kind}-${res}`}>
                <TextField
                  id={`deploy-${kind}-${res}`}
                  label={`${res === 'cpu' ? 'CPU' : 'Memory'} ${kind === 'requests' ? 'request' : 'limit'}`}
                  value={draft.resources[kind][res]}
                  onChange={(v) => setQuantity(kind, res, v)}
                  error={form.error(`resources.${kind}.${res}`)}
                  placeholder={res === 'cpu' ? '100m' : '128Mi'}
                  helper={`--${kind === 'requests' ? 'request' : 'limit'} ${res}=…`}
                />
              </GridItem>
            )),
          )}
        </Grid>
        <FieldHelper id="deploy-resources-helper" error={form.error('resources')} />
      </FormSection>
      <FormSection title="Metadata">
        <KeyValueRows id="deploy-labels" label="Labels" rows={draft.labels} onChange={(labels) => set({ labels }, 'labels')} errors={form.errorsUnder('labels')} helper="On the service and its revisions (--label)" />
        <KeyValueRows id="deploy-annotations" label="Annotations" rows={draft.annotations} onChange={(annotations) => set({ annotations }, 'annotations')} errors={form.errorsUnder('annotations')} helper="On the service and its revision template (--annotation)" />
        <TextField id="deploy-tag" label="Revision tag" value={draft.tag} onChange={(tag) => set({ tag }, 'tag')} error={form.error('tag')} helper={`Tags the first revision; it gets its own URL http://TAG-${draft.name || 'NAME'}.${namespace}.localhost:… (--tag)`} />
      </FormSection>
    </>
  );
}
