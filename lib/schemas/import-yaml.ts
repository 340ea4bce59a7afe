import { parseAllDocuments } from 'yaml';
import { z } from 'zod';
import { k8sName } from './common';

/** The Import YAML form: a namespace for objects that name none, and one or more YAML documents. */
export const importYamlSchema = z
  .object({
    namespace: k8sName,
    yaml: z.string().refine((s) => s.trim().length > 0, 'Paste or drop YAML: one or more documents separated by ---'),
  })
  .superRefine((v, ctx) => {
    if (v.yaml.trim() && parseDocuments(v.yaml).length === 0) {
      ctx.addIssue({ code: 'custom', path: ['yaml'], message: 'No documents: every document is empty' });
    }
  });

export type ImportYamlInput = z.input<typeof importYamlSchema>;

export interface ImportObject {
  apiVersion: string;
  kind: string;
  metadata: { name?: string; generateName?: string; namespace?: string; [k: string]: unknown };
  [k: string]: unknown;
}

export type ParsedDocument = { index: number; object: ImportObject } | { index: number; error: string; kind?: string; name?: string };

/** One result row per document, in the order of the input. */
export interface ImportResult {
  index: number;
  kind: string;
  name: string;
  namespace?: string;
  outcome: 'created' | 'updated' | 'unchanged' | 'error';
  message: string;
}

/** Splits and checks the documents; empty ones (a trailing `---`) are skipped, broken ones become errors. */
export function parseDocuments(text: string): ParsedDocument[] {
  const out: ParsedDocument[] = [];
  parseAllDocuments(text).forEach((doc, i) => {
    const index = i + 1;
    if (doc.errors.length) {
      out.push({ index, error: `YAML syntax error: ${doc.errors[0].message.split('\n')[0]}` });
      return;
    }
    const value: unknown = doc.toJS();
    if (value === null || value === undefined) return;
    const problem = objectProblem(value);
    if (problem) {
      const o = value as Partial<ImportObject>;
      out.push({ index, error: problem, kind: typeof o?.kind === 'string' ? o.kind : undefined, name: o?.metadata?.name });
      return;
    }
    out.push({ index, object: value as ImportObject });
  });
  return out;
}

function objectProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || Array.isArray(value)) return 'not a Kubernetes object: expected a mapping with apiVersion, kind and metadata';
  const o = value as Record<string, unknown>;
  if (o.kind === 'List') return 'kind List is not supported: put each item in its own document';
  const missing = ['apiVersion', 'kind'].filter((k) => typeof o[k] !== 'string' || !o[k]);
  if (missing.length) return `missing ${missing.join(' and ')}`;
  const meta = o.metadata as Record<string, unknown> | undefined;
  if (!meta || typeof meta !== 'object') return 'missing metadata';
  if (!meta.name && !meta.generateName) return 'missing metadata.name';
  return undefined;
}
