import { parse, stringify } from 'yaml';
import type { KubeObject } from './types';

/** YAML for the editor: managedFields are server bookkeeping nobody edits by hand. */
export function toYaml(obj: KubeObject): string {
  const { managedFields: _managed, ...metadata } = obj.metadata as KubeObject['metadata'] & { managedFields?: unknown };
  return stringify({ ...obj, metadata }, { lineWidth: 0 });
}

export type ParsedYaml = { ok: true; object: KubeObject } | { ok: false; message: string };

/** Parses the editor's text into an object, or says why it can't be one. */
export function fromYaml(text: string): ParsedYaml {
  let value: unknown;
  try {
    value = parse(text);
  } catch (e) {
    return { ok: false, message: `YAML syntax error: ${(e as Error).message}` };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, message: 'The document must be a single object (a mapping), not a list or a scalar.' };
  const obj = value as KubeObject;
  if (!obj.metadata || typeof obj.metadata !== 'object' || typeof obj.metadata.name !== 'string') {
    return { ok: false, message: 'metadata.name is required.' };
  }
  return { ok: true, object: obj };
}
