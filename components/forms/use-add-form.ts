'use client';
import { useRouter } from 'next/navigation';
import { useMemo, useState } from 'react';
import type { z } from 'zod';
import { KubeApiError, kubeFetch } from '@/components/kube/api';
import { nsHref } from '@/lib/resources/hrefs';
import type { KubeObject, KubeStatus } from '@/lib/resources/types';
import { issuesToFieldErrors, statusToFieldErrors, unplacedErrors, type FieldErrors } from '@/lib/schemas/field-errors';
import { nodeId } from '@/lib/topology/ids';

interface Options<S extends z.ZodType> {
  schema: S;
  /** The form's route handler under /api/add/. */
  endpoint: string;
  /** The current draft, as the schema's input. */
  input: z.input<S>;
  /** Checks the schema can't make (e.g. a name already taken in the namespace). */
  extraErrors?: FieldErrors;
  /** Root paths of the fields the form renders; errors elsewhere go to the summary. */
  fields: string[];
}

const under = (key: string, root: string) => key === root || key.startsWith(`${root}.`);

/**
 * State of an Add form: errors by field (the schema's as the user types, the API's after
 * a submit), the submit itself, and where to go after: the topology with the new node
 * selected. One object per form, so nothing is half-created if the API refuses it.
 */
export function useAddForm<S extends z.ZodType>({ schema, endpoint, input, extraErrors = {}, fields }: Options<S>) {
  const router = useRouter();
  const [touched, setTouched] = useState<Set<string>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [server, setServer] = useState<{ errors: FieldErrors; status?: KubeStatus }>({ errors: {} });

  const parsed = useMemo(() => schema.safeParse(input), [schema, input]);
  const client = useMemo(() => ({ ...(parsed.success ? {} : issuesToFieldErrors(parsed.error.issues)), ...extraErrors }), [parsed, extraErrors]);
  const visible = (key: string) => submitted || [...touched].some((t) => under(key, t) || under(t, key));

  /** The message to show at a field: the API's answer first, else the schema's once the field was edited. */
  const error = (key: string): string | undefined => server.errors[key] ?? (visible(key) ? client[key] : undefined);
  /** Every message under a root (rows, maps): shown at the section. */
  const errorsUnder = (root: string): string[] =>
    [...new Set([...Object.entries(server.errors), ...Object.entries(client).filter(([k]) => visible(k))].filter(([k]) => under(k, root)).map(([, m]) => m))];

  const touch = (key: string) => {
    setTouched((t) => (t.has(key) ? t : new Set(t).add(key)));
    setServer((s) => {
      const stale = Object.keys(s.errors).filter((k) => under(k, key) || under(key, k));
      if (!stale.length) return s;
      const errors = { ...s.errors };
      for (const k of stale) delete errors[k];
      return { ...s, errors };
    });
  };

  const shown = (key: string) => fields.some((f) => under(key, f));
  const summary = unplacedErrors({ ...server.errors, ...(submitted ? client : {}) }, shown);

  async function submit(): Promise<KubeObject | undefined> {
    setSubmitted(true);
    if (!parsed.success || Object.keys(extraErrors).length) return undefined;
    setBusy(true);
    setServer({ errors: {} });
    try {
      return await kubeFetch<KubeObject>(endpoint, { method: 'POST', body: JSON.stringify(parsed.data) });
    } catch (e) {
      const status = e instanceof KubeApiError ? e.status : undefined;
      setServer({ errors: status ? statusToFieldErrors(status) : {}, status });
      if (!status) throw e;
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  /** After a create: the topology, with the new node selected and centred. */
  const showInTopology = (obj: KubeObject) => {
    const ns = obj.metadata.namespace ?? '';
    router.push(`${nsHref(ns, 'topology')}?selected=${encodeURIComponent(nodeId(obj.kind, ns, obj.metadata.name))}`);
  };

  return { error, errorsUnder, touch, submit, busy, failure: server.status, summary, showInTopology, valid: parsed.success && !Object.keys(extraErrors).length };
}

export type AddForm = ReturnType<typeof useAddForm>;
