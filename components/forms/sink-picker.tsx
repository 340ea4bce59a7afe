'use client';
import { FormGroup, FormSelect, FormSelectOption, FormSelectOptionGroup, TextInput } from '@patternfly/react-core';
import { useList } from '@/components/kube';
import { SINK_KINDS, type SinkKind } from '@/lib/schemas/sink';
import { FieldHelper } from './text-field';

export type SinkDraft = { type: 'ref'; kind: SinkKind; name: string } | { type: 'uri'; uri: string };

const encode = (v: SinkDraft | undefined) => (!v ? '' : v.type === 'uri' ? 'uri' : v.name ? `${v.kind}/${v.name}` : '');

export interface SinkPickerProps {
  id: string;
  label: string;
  namespace: string;
  value: SinkDraft | undefined;
  onChange(v: SinkDraft | undefined): void;
  errors: { name?: string; uri?: string };
  /** A dead-letter sink may be left out; a source's sink may not. */
  optional?: boolean;
  helper?: string;
}

/** Where events go: a Service, Broker or Channel of the namespace (live lists), or a URI. */
export function SinkPicker({ id, label, namespace, value, onChange, errors, optional, helper }: SinkPickerProps) {
  const lists = {
    Service: useList('services', namespace),
    Broker: useList('brokers', namespace),
    Channel: useList('channels', namespace),
  };
  const pick = (v: string) => {
    if (v === '') onChange(optional ? undefined : { type: 'ref', kind: 'Service', name: '' });
    else if (v === 'uri') onChange({ type: 'uri', uri: value?.type === 'uri' ? value.uri : '' });
    else {
      const [kind, ...rest] = v.split('/');
      onChange({ type: 'ref', kind: kind as SinkKind, name: rest.join('/') });
    }
  };
  return (
    <FormGroup label={label} fieldId={id} isRequired={!optional}>
      <FormSelect id={id} value={encode(value)} onChange={(_e, v) => pick(v)} validated={errors.name ? 'error' : 'default'} aria-label={label}>
        <FormSelectOption value="" label={optional ? 'None' : 'Select a sink'} />
        {SINK_KINDS.map((k) => (
          <FormSelectOptionGroup key={k.kind} label={k.label}>
            {(lists[k.kind].data?.items ?? []).map((o) => (
              <FormSelectOption key={o.metadata.name} value={`${k.kind}/${o.metadata.name}`} label={o.metadata.name} />
            ))}
          </FormSelectOptionGroup>
        ))}
        <FormSelectOption value="uri" label="URI…" />
      </FormSelect>
      <FieldHelper id={`${id}-helper`} error={errors.name} helper={helper} />
      {value?.type === 'uri' && (
        <div style={{ marginTop: 8 }}>
          <TextInput
            id={`${id}-uri`}
            aria-label={`${label} URI`}
            placeholder="http://event-display.default.svc.cluster.local"
            value={value.uri}
            onChange={(_e, uri) => onChange({ type: 'uri', uri })}
            validated={errors.uri ? 'error' : 'default'}
          />
          <FieldHelper id={`${id}-uri-helper`} error={errors.uri} />
        </div>
      )}
    </FormGroup>
  );
}
