'use client';
import {
  FormGroup, MenuToggle, Select, SelectList, SelectOption, TextInputGroup, TextInputGroupMain, TextInputGroupUtilities, Button,
} from '@patternfly/react-core';
import { TimesIcon } from '@patternfly/react-icons';
import { useMemo, useState } from 'react';
import { useList } from '@/components/kube';
import { PART_OF } from '@/lib/schemas/knative-service-from-image';
import { FieldHelper } from './text-field';

/** The `app.kubernetes.io/part-of` values the namespace's Knative Services carry. */
function useApplications(namespace: string): string[] {
  const services = useList('services', namespace).data?.items;
  return useMemo(() => [...new Set((services ?? []).map((s) => s.metadata.labels?.[PART_OF]).filter((v): v is string => !!v))].sort(), [services]);
}

/** Application grouping: type to filter the existing applications, or a new name. */
export function ApplicationSelect({ id, namespace, value, onChange, error }: { id: string; namespace: string; value: string; onChange(v: string): void; error?: string }) {
  const apps = useApplications(namespace);
  const [open, setOpen] = useState(false);
  const shown = apps.filter((a) => a.toLowerCase().includes(value.trim().toLowerCase()));
  const isNew = value.trim() !== '' && !apps.includes(value.trim());
  return (
    <FormGroup label="Application" fieldId={id}>
      <Select
        id={`${id}-select`}
        isOpen={open}
        selected={value}
        onSelect={(_e, v) => { onChange(String(v ?? '')); setOpen(false); }}
        onOpenChange={setOpen}
        toggle={(ref) => (
          <MenuToggle ref={ref} variant="typeahead" onClick={() => setOpen((o) => !o)} isExpanded={open} isFullWidth status={error ? 'danger' : undefined}>
            <TextInputGroup isPlain>
              <TextInputGroupMain
                inputId={id}
                value={value}
                onClick={() => setOpen(true)}
                onChange={(_e, v) => { onChange(v); setOpen(true); }}
                autoComplete="off"
                placeholder={apps.length ? 'Pick an application or type a new name' : 'Type a name to group the service (optional)'}
                aria-label="Application"
              />
              {value && (
                <TextInputGroupUtilities>
                  <Button variant="plain" aria-label="Clear application" icon={<TimesIcon />} onClick={() => onChange('')} />
                </TextInputGroupUtilities>
              )}
            </TextInputGroup>
          </MenuToggle>
        )}
      >
        <SelectList>
          {shown.map((a) => <SelectOption key={a} value={a}>{a}</SelectOption>)}
          {shown.length === 0 && <SelectOption isDisabled value="">{apps.length ? 'No matching application' : 'No applications yet'}</SelectOption>}
        </SelectList>
      </Select>
      <FieldHelper
        id={`${id}-helper`}
        error={error}
        helper={isNew ? `A new application "${value.trim()}" (label ${PART_OF})` : `Groups the service in the topology (label ${PART_OF})`}
      />
    </FormGroup>
  );
}
