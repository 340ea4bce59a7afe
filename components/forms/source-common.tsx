'use client';
import type { KeyValue } from '@/lib/forms/drafts';
import { KeyValueRows } from './key-value-rows';
import { SinkPicker, type SinkDraft } from './sink-picker';
import type { AddForm } from './use-add-form';

export const noSink = (): SinkDraft => ({ type: 'ref', kind: 'Service', name: '' });

/** The error a sink picker shows, from the form's errors under `root` (`sink`, `delivery.deadLetterSink`). */
export const sinkErrors = (form: AddForm, root: string) => ({
  name: form.error(`${root}.name`) ?? form.error(`${root}.kind`) ?? form.error(root),
  uri: form.error(`${root}.uri`),
});

/** Sink and CloudEvent overrides: what every source has (`--sink`, `--ce-override`). */
export function SourceSinkFields({ namespace, sink, onSink, overrides, onOverrides, form }: {
  namespace: string;
  sink: SinkDraft;
  onSink(s: SinkDraft): void;
  overrides: KeyValue[];
  onOverrides(rows: KeyValue[]): void;
  form: AddForm;
}) {
  return (
    <>
      <SinkPicker
        id="source-sink"
        label="Sink"
        namespace={namespace}
        value={sink}
        onChange={(s) => { onSink(s ?? noSink()); form.touch('sink'); }}
        errors={sinkErrors(form, 'sink')}
        helper="Where the events are sent: a Service, Broker or Channel in the namespace, or a URI"
      />
      <KeyValueRows
        id="source-ce-overrides"
        label="CloudEvent overrides"
        rows={overrides}
        onChange={(rows) => { onOverrides(rows); form.touch('ceOverrides'); }}
        errors={form.errorsUnder('ceOverrides')}
        keyPlaceholder="extension"
        helper="Extensions added to every event (--ce-override)"
      />
    </>
  );
}
