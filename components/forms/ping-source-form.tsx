'use client';
import { Form, FormGroup, FormSection, FormSelect, FormSelectOption, TextArea, ToggleGroup, ToggleGroupItem } from '@patternfly/react-core';
import { useMemo, useState, useSyncExternalStore } from 'react';
import { recordOf, type KeyValue } from '@/lib/forms/drafts';
import { nsHref } from '@/lib/resources/hrefs';
import { pingSourceSchema, type PingSourceInput } from '@/lib/schemas/ping-source';
import { FormActions } from './form-actions';
import { SchedulePreview } from './schedule-preview';
import type { SinkDraft } from './sink-picker';
import { noSink, SourceSinkFields } from './source-common';
import { FieldHelper, TextField } from './text-field';
import { useAddForm } from './use-add-form';
import { useNameTaken } from './use-name-taken';

const FIELDS = ['namespace', 'name', 'schedule', 'timezone', 'encoding', 'data', 'contentType', 'sink', 'ceOverrides'];

let zoneList: string[] | undefined;
const noZones: string[] = [];
const subscribe = () => () => {};

/** The browser's IANA zones; none during server rendering, so hydration matches. */
function browserZones(): string[] {
  if (!zoneList) {
    try {
      zoneList = Intl.supportedValuesOf('timeZone');
    } catch {
      zoneList = ['UTC'];
    }
  }
  return zoneList;
}

/** PingSource: a CloudEvent on a cron schedule (`kn source ping create`), with a preview of the next runs. */
export function PingSourceForm({ namespace }: { namespace: string }) {
  const [name, setName] = useState('ping-source');
  const [schedule, setSchedule] = useState('* * * * *');
  const [timezone, setTimezone] = useState('');
  const [encoding, setEncoding] = useState<'text' | 'base64'>('text');
  const [data, setData] = useState('');
  const [contentType, setContentType] = useState('');
  const [sink, setSink] = useState<SinkDraft>(noSink);
  const [overrides, setOverrides] = useState<KeyValue[]>([]);
  const zones = useSyncExternalStore(subscribe, browserZones, () => noZones);

  const input: PingSourceInput = useMemo(
    () => ({ namespace, name: name.trim(), schedule, timezone, encoding, data, contentType, sink, ceOverrides: recordOf(overrides) }),
    [namespace, name, schedule, timezone, encoding, data, contentType, sink, overrides],
  );
  const taken = useNameTaken('pingsources', namespace, input.name);
  const extraErrors = useMemo((): Record<string, string> => (taken ? { name: taken } : {}), [taken]);
  const form = useAddForm({ schema: pingSourceSchema, endpoint: '/api/add/ping-source', input, extraErrors, fields: FIELDS });
  const on = <T,>(set: (v: T) => void, field: string) => (v: T) => { set(v); form.touch(field); };

  return (
    <Form style={{ maxWidth: 880 }} onSubmit={async (e) => { e.preventDefault(); const created = await form.submit(); if (created) form.showInTopology(created); }}>
      <TextField id="source-name" label="Name" isRequired value={name} onChange={on(setName, 'name')} error={form.error('name') ?? (input.name ? taken : undefined)} />
      <FormSection title="Schedule">
        <TextField id="ping-schedule" label="Schedule" isRequired value={schedule} onChange={on(setSchedule, 'schedule')} error={form.error('schedule')}
          helper="Cron: minute hour day month weekday, or 6 fields with seconds first (*/2 * * * * * = every 2 seconds); @hourly, @daily…" />
        {!form.error('schedule') && !form.error('timezone') && <SchedulePreview schedule={schedule} timezone={timezone} />}
        <FormGroup label="Time zone" fieldId="ping-timezone">
          <FormSelect id="ping-timezone" value={timezone} onChange={(_e, v) => on(setTimezone, 'timezone')(v)} validated={form.error('timezone') ? 'error' : 'default'}>
            <FormSelectOption value="" label="Engine's local time (no time zone)" />
            {zones.map((z) => <FormSelectOption key={z} value={z} label={z} />)}
          </FormSelect>
          <FieldHelper id="ping-timezone-helper" error={form.error('timezone')} helper="IANA zone the schedule is read in (spec.timezone)" />
        </FormGroup>
      </FormSection>
      <FormSection title="Event data">
        <FormGroup label="Encoding" fieldId="ping-encoding" role="radiogroup">
          <ToggleGroup aria-label="Data encoding" id="ping-encoding">
            <ToggleGroupItem text="Text" buttonId="ping-encoding-text" isSelected={encoding === 'text'} onChange={() => on(setEncoding, 'data')('text')} />
            <ToggleGroupItem text="Base64" buttonId="ping-encoding-base64" isSelected={encoding === 'base64'} onChange={() => on(setEncoding, 'data')('base64')} />
          </ToggleGroup>
        </FormGroup>
        <FormGroup label={encoding === 'base64' ? 'Data (base64)' : 'Data'} fieldId="ping-data">
          <TextArea id="ping-data" value={data} onChange={(_e, v) => on(setData, 'data')(v)} validated={form.error('data') ? 'error' : 'default'} resizeOrientation="vertical"
            placeholder={encoding === 'base64' ? 'eyJtZXNzYWdlIjoiSGVsbG8ifQ==' : '{"message": "Hello"}'} />
          <FieldHelper id="ping-data-helper" error={form.error('data')} helper={encoding === 'base64' ? 'Sent as spec.dataBase64 (binary payloads)' : 'The event body, sent with every tick (spec.data)'} />
        </FormGroup>
        <TextField id="ping-content-type" label="Content type" value={contentType} onChange={on(setContentType, 'contentType')} error={form.error('contentType')} placeholder="application/json" helper="The event's datacontenttype; JSON data is checked when it is application/json" />
      </FormSection>
      <FormSection title="Delivery">
        <SourceSinkFields namespace={namespace} sink={sink} onSink={setSink} overrides={overrides} onOverrides={setOverrides} form={form} />
      </FormSection>
      <FormActions what="PingSource" failure={form.failure} summary={form.summary} busy={form.busy} cancelHref={nsHref(namespace, 'add/event-source')} />
    </Form>
  );
}
