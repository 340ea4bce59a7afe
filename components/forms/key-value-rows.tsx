'use client';
import { Button, FormGroup, TextInput } from '@patternfly/react-core';
import { MinusCircleIcon, PlusCircleIcon } from '@patternfly/react-icons';
import type { KeyValue } from '@/lib/forms/drafts';
import { FieldHelper } from './text-field';

/** Editable key/value rows (labels, annotations, CloudEvent overrides). */
export function KeyValueRows({ id, label, rows, onChange, errors, keyPlaceholder = 'key', valuePlaceholder = 'value', helper }: {
  id: string;
  label: string;
  rows: KeyValue[];
  onChange(rows: KeyValue[]): void;
  errors: string[];
  keyPlaceholder?: string;
  valuePlaceholder?: string;
  helper?: string;
}) {
  const set = (i: number, patch: Partial<KeyValue>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <FormGroup label={label} fieldId={`${id}-0-key`} role="group">
      {rows.map((r, i) => (
        <div key={i} style={{ display: 'flex', gap: 8, marginBottom: 8 }}>
          <TextInput id={`${id}-${i}-key`} aria-label={`${label} key ${i + 1}`} placeholder={keyPlaceholder} value={r.key} onChange={(_e, key) => set(i, { key })} />
          <TextInput aria-label={`${label} value ${i + 1}`} placeholder={valuePlaceholder} value={r.value} onChange={(_e, value) => set(i, { value })} />
          <Button variant="plain" aria-label={`Remove ${label.toLowerCase()} ${i + 1}`} icon={<MinusCircleIcon />} onClick={() => onChange(rows.filter((_, j) => j !== i))} />
        </div>
      ))}
      <Button variant="link" isInline icon={<PlusCircleIcon />} onClick={() => onChange([...rows, { key: '', value: '' }])}>Add {label.toLowerCase()}</Button>
      <FieldHelper id={`${id}-helper`} error={errors} helper={helper} />
    </FormGroup>
  );
}
