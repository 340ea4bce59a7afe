import 'server-only';
import { z } from 'zod';
import { forBrowser } from '@/lib/resources/redact';
import type { KindId } from '@/lib/resources/kinds';
import type { KubeObject } from '@/lib/resources/types';
import { formCauses } from '@/lib/schemas/field-errors';
import { createResource, kindDef } from '@/server/kube/client';
import { StatusError, toStatus } from '@/server/kube/status';
import { route } from '@/server/http/route';

interface FormSpec<S extends z.ZodType> {
  schema: S;
  /** The kind the form creates (one object: nothing to clean up if the create fails). */
  kind: KindId;
  build(input: z.output<S>): KubeObject;
  /** The form field an API cause's field path names. */
  fieldOf(apiField: string): string | undefined;
}

/** Turns a parse failure into a 422 Invalid whose causes name the form's fields. */
export function parseForm<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const causes = parsed.error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message, reason: 'FieldValueInvalid' }));
  throw new StatusError(422, 'Invalid', `The form is invalid: ${causes.map((c) => `${c.field || 'form'}: ${c.message}`).join('; ')}`, causes);
}

/**
 * A route handler for an Add form: parse the body with the form's schema (the same one
 * the browser validated with), build the object as kn would, create it through the
 * kube client, and re-address the API's causes to the form's fields.
 */
export function formRoute<S extends z.ZodType>(spec: FormSpec<S>) {
  return route({ body: z.unknown() }, async ({ body }) => {
    const input = parseForm(spec.schema, body);
    const obj = spec.build(input);
    try {
      return forBrowser(kindDef(spec.kind), await createResource(spec.kind, obj.metadata.namespace, obj));
    } catch (err) {
      const status = toStatus(err);
      if (status.code >= 500 || status.code === 401) throw err;
      throw new StatusError(status.code, status.reason, status.message, formCauses(status, spec.fieldOf));
    }
  });
}
