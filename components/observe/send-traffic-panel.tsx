'use client';
import { ActionGroup, Alert, Button, Card, CardBody, CardTitle, Form, FormGroup, Grid, GridItem, Radio } from '@patternfly/react-core';
import { useState } from 'react';
import { KubeApiError } from '@/components/kube/api';
import { TextField } from '@/components/forms/text-field';
import { issuesToFieldErrors, statusToFieldErrors, type FieldErrors } from '@/lib/schemas/field-errors';
import { SEND_TRAFFIC_LIMITS, sendTrafficSchema } from '@/lib/schemas/send-traffic';
import { RunSummary } from './run-summary';
import { useLoadRun } from './use-load-run';

const FIELDS = ['concurrency', 'durationSeconds', 'requests', 'path', 'rate'];
const num = (s: string) => (s.trim() === '' ? undefined : Number(s));

/**
 * Send traffic: a load run from the console server to the service's URL,
 * bounded (≤ 2,000 concurrent, ≤ 10 minutes), one per service, cancellable.
 */
export function SendTrafficPanel({ namespace, service, url }: { namespace: string; service: string; url?: string }) {
  const { run, start, cancel } = useLoadRun(namespace, service);
  const [form, setForm] = useState({ concurrency: '50', stopAfter: 'duration' as 'duration' | 'requests', durationSeconds: '30', requests: '1000', path: '/', rate: '' });
  const [submitted, setSubmitted] = useState(false);
  const [server, setServer] = useState<{ errors: FieldErrors; message?: string }>({ errors: {} });
  const [busy, setBusy] = useState(false);

  const input = {
    concurrency: num(form.concurrency),
    stopAfter: form.stopAfter,
    durationSeconds: form.stopAfter === 'duration' ? num(form.durationSeconds) : undefined,
    requests: form.stopAfter === 'requests' ? num(form.requests) : undefined,
    path: form.path,
    rate: num(form.rate),
  };
  const parsed = sendTrafficSchema.safeParse(input);
  const clientErrors = parsed.success ? {} : issuesToFieldErrors(parsed.error.issues);
  const error = (k: string) => server.errors[k] ?? (submitted ? clientErrors[k] : undefined);
  const set = (k: keyof typeof form) => (v: string) => {
    setForm((f) => ({ ...f, [k]: v }));
    setServer((s) => ({ ...s, errors: { ...s.errors, [k]: undefined } as FieldErrors }));
  };

  const running = run?.state === 'running';
  const onStart = async () => {
    setSubmitted(true);
    if (!parsed.success) return;
    setBusy(true);
    setServer({ errors: {} });
    try {
      await start(parsed.data);
      setSubmitted(false);
    } catch (e) {
      if (!(e instanceof KubeApiError)) throw e;
      // The route answers `body.concurrency`; the form's fields are the body's.
      const errors = Object.fromEntries(Object.entries(statusToFieldErrors(e.status)).map(([k, m]) => [k.replace(/^body\./, ''), m]));
      setServer({ errors, message: e.status.message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card isCompact data-testid="send-traffic">
      <CardTitle>Send traffic</CardTitle>
      <CardBody>
        <Form onSubmit={(e) => (e.preventDefault(), void onStart())}>
          <Grid hasGutter md={6} lg={3}>
            <GridItem>
              <TextField id="load-concurrency" label="Concurrency" type="number" value={form.concurrency} onChange={set('concurrency')} error={error('concurrency')} helper={`Requests in flight, up to ${SEND_TRAFFIC_LIMITS.concurrency.toLocaleString('en-US')}`} isRequired />
            </GridItem>
            <GridItem>
              <FormGroup label="Stop after" role="radiogroup" isInline fieldId="load-stop-after">
                <Radio id="load-stop-duration" name="load-stop-after" label="Duration" isChecked={form.stopAfter === 'duration'} onChange={() => set('stopAfter')('duration')} />
                <Radio id="load-stop-requests" name="load-stop-after" label="Request count" isChecked={form.stopAfter === 'requests'} onChange={() => set('stopAfter')('requests')} />
              </FormGroup>
              {form.stopAfter === 'duration' ? (
                <TextField id="load-duration" label="Duration (s)" type="number" value={form.durationSeconds} onChange={set('durationSeconds')} error={error('durationSeconds')} helper="Up to 600 s (10 minutes)" />
              ) : (
                <TextField id="load-requests" label="Requests" type="number" value={form.requests} onChange={set('requests')} error={error('requests')} helper="Stops at 10 minutes even if not all are sent" />
              )}
            </GridItem>
            <GridItem>
              <TextField id="load-path" label="Path and query" value={form.path} onChange={set('path')} error={error('path')} helper={url ? `Sent to ${url}` : 'e.g. /?sleep=1000'} placeholder="/?sleep=1000" />
            </GridItem>
            <GridItem>
              <TextField id="load-rate" label="Rate limit (req/s)" type="number" value={form.rate} onChange={set('rate')} error={error('rate')} helper="Optional; unlimited when empty" />
            </GridItem>
          </Grid>
          {server.message && !Object.keys(server.errors).some((k) => FIELDS.includes(k)) && <Alert variant="danger" isInline title={server.message} data-testid="send-traffic-error" />}
          <ActionGroup>
            <Button type="submit" variant="primary" isDisabled={running || busy} isLoading={busy}>Start</Button>
            {running && <Button variant="secondary" isDanger onClick={() => void cancel()}>Cancel</Button>}
          </ActionGroup>
        </Form>
        {run && <div className="pf-v6-u-mt-md"><RunSummary run={run} /></div>}
      </CardBody>
    </Card>
  );
}
