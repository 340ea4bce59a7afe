'use client';
import { Button, FormGroup, FormSelect, FormSelectOption, TextInput } from '@patternfly/react-core';
import { MinusCircleIcon, PlusCircleIcon } from '@patternfly/react-icons';
import { useList } from '@/components/kube';
import type { KubeObject } from '@/lib/resources/types';
import { emptyEnv, type EnvDraft } from '@/lib/forms/drafts';
import { FieldHelper } from './text-field';

const keysOf = (o: KubeObject | undefined) => Object.keys({ ...((o?.data as object | undefined) ?? {}), ...((o?.binaryData as object | undefined) ?? {}) }).sort();

/** Environment variables: a value, or a key of a ConfigMap or Secret picked from the namespace's real ones. */
export function EnvRows({ id, namespace, rows, onChange, error }: {
  id: string;
  namespace: string;
  rows: EnvDraft[];
  onChange(rows: EnvDraft[]): void;
  /** The error at a row's field (`0.name`, `1.key` …) or of the whole list (''). */
  error(path: string): string | undefined;
}) {
  const configMaps = useList('configmaps', namespace).data?.items ?? [];
  const secrets = useList('secrets', namespace).data?.items ?? [];
  const set = (i: number, patch: Partial<EnvDraft>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <FormGroup label="Environment variables" fieldId={`${id}-0-name`} role="group">
      {rows.map((r, i) => {
        const pool = r.source === 'configMap' ? configMaps : secrets;
        const picked = pool.find((o) => o.metadata.name === r.from);
        const fromKey = r.source === 'configMap' ? 'configMap' : 'secret';
        const rowErrors = [error(`${i}.name`), error(`${i}.value`), error(`${i}.${fromKey}`), error(`${i}.key`), error(`${i}`)];
        return (
          <div key={i} style={{ marginBottom: 8 }} data-testid={`env-row-${i}`}>
            <div style={{ display: 'flex', gap: 8 }}>
              <TextInput id={`${id}-${i}-name`} aria-label={`Variable name ${i + 1}`} placeholder="NAME" value={r.name} onChange={(_e, name) => set(i, { name })} validated={error(`${i}.name`) ? 'error' : 'default'} />
              <FormSelect aria-label={`Value source ${i + 1}`} value={r.source} onChange={(_e, v) => set(i, { source: v as EnvDraft['source'], from: '', key: '' })}>
                <FormSelectOption value="value" label="Value" />
                <FormSelectOption value="configMap" label="From ConfigMap" />
                <FormSelectOption value="secret" label="From Secret" />
              </FormSelect>
              {r.source === 'value' ? (
                <TextInput aria-label={`Value ${i + 1}`} placeholder="value" value={r.value} onChange={(_e, value) => set(i, { value })} />
              ) : (
                <>
                  <FormSelect aria-label={`${r.source === 'configMap' ? 'ConfigMap' : 'Secret'} ${i + 1}`} value={r.from} onChange={(_e, from) => set(i, { from, key: '' })} validated={error(`${i}.${fromKey}`) ? 'error' : 'default'}>
                    <FormSelectOption value="" label={pool.length ? `Select a ${r.source === 'configMap' ? 'ConfigMap' : 'Secret'}` : `No ${r.source === 'configMap' ? 'ConfigMaps' : 'Secrets'} in ${namespace}`} />
                    {pool.map((o) => <FormSelectOption key={o.metadata.name} value={o.metadata.name} label={o.metadata.name} />)}
                  </FormSelect>
                  <FormSelect aria-label={`Key ${i + 1}`} value={r.key} onChange={(_e, key) => set(i, { key })} isDisabled={!picked} validated={error(`${i}.key`) ? 'error' : 'default'}>
                    <FormSelectOption value="" label="Select a key" />
                    {keysOf(picked).map((k) => <FormSelectOption key={k} value={k} label={k} />)}
                  </FormSelect>
                </>
              )}
              <Button variant="plain" aria-label={`Remove variable ${i + 1}`} icon={<MinusCircleIcon />} onClick={() => onChange(rows.filter((_, j) => j !== i))} />
            </div>
            <FieldHelper id={`${id}-${i}-helper`} error={rowErrors.filter(Boolean) as string[]} />
          </div>
        );
      })}
      <Button variant="link" isInline icon={<PlusCircleIcon />} onClick={() => onChange([...rows, emptyEnv()])}>Add variable</Button>
      <FieldHelper id={`${id}-helper`} error={error('')} />
    </FormGroup>
  );
}
