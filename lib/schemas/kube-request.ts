import { z } from 'zod';
import { isKindId, type KindId } from '@/lib/resources/kinds';

/** Shared by the console's kube API routes and the client that calls them. */
export const kindParam = z.string().refine(isKindId, { message: 'unknown resource kind' }).transform((k) => k as KindId);

const dns1123Label = z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'must be a lowercase RFC 1123 label').max(63);

export const kindParams = z.object({ kind: kindParam });
export const objectParams = z.object({ kind: kindParam, name: z.string().min(1).max(253) });
export const scopeQuery = z.object({ namespace: dns1123Label.optional(), labelSelector: z.string().optional() });

/** A whole object (create, replace): the API server validates the rest. */
export const kubeObjectBody = z.looseObject({
  apiVersion: z.string().optional(),
  kind: z.string().optional(),
  metadata: z.looseObject({ name: z.string().optional(), generateName: z.string().optional() }),
});

/** A JSON merge patch. */
export const mergePatchBody = z.record(z.string(), z.unknown());

export const logParams = z.object({ namespace: dns1123Label, pod: z.string().min(1).max(253) });
export const logQuery = z.object({ container: z.string().min(1).optional(), tailLines: z.coerce.number().int().min(0).max(100_000).optional() });
