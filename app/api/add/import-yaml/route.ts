import { z } from 'zod';
import { importYamlSchema, parseDocuments } from '@/lib/schemas/import-yaml';
import { parseForm } from '@/server/forms/form-route';
import { applyDocuments } from '@/server/kube/apply';
import { route } from '@/server/http/route';

/** Import YAML: every document created, or merge-patched when it exists; one result per document. */
export const POST = route({ body: z.unknown() }, async ({ body }) => {
  const input = parseForm(importYamlSchema, body);
  return { results: await applyDocuments(input.namespace, parseDocuments(input.yaml)) };
});
