import type { z } from 'zod';
import type { envVarSchema } from '../schemas/deploy-image';

/**
 * What the Add forms hold while the user types (strings, rows), and how each becomes
 * the schema's input. Pure: the forms and their tests share it.
 */
export interface KeyValue {
  key: string;
  value: string;
}

/** Rows → a map; rows with no key are drafts and left out. */
export const recordOf = (rows: KeyValue[]) => Object.fromEntries(rows.filter((r) => r.key.trim()).map((r) => [r.key.trim(), r.value]));

/** '' → undefined; anything else → a number (NaN stays NaN so the schema names the field). */
export const numberOrUndefined = (s: string): number | undefined => (s.trim() === '' ? undefined : Number(s));

/** '' → undefined, so optional string fields are left out rather than sent empty. */
export const textOrUndefined = (s: string): string | undefined => (s.trim() === '' ? undefined : s.trim());

export interface EnvDraft {
  source: 'value' | 'configMap' | 'secret';
  name: string;
  value: string;
  /** The ConfigMap's or Secret's name. */
  from: string;
  key: string;
}

export const emptyEnv = (): EnvDraft => ({ source: 'value', name: '', value: '', from: '', key: '' });

/** Draft rows → env entries (`--env K=V`, `--env-value-from K=config-map:NAME:KEY|secret:NAME:KEY`); blank rows are left out. */
export function envInput(rows: EnvDraft[]): z.input<typeof envVarSchema>[] {
  return rows
    .filter((r) => r.name || r.value || r.from || r.key)
    .map((r) =>
      r.source === 'value'
        ? { source: 'value', name: r.name, value: r.value }
        : r.source === 'configMap'
          ? { source: 'configMap', name: r.name, configMap: r.from, key: r.key }
          : { source: 'secret', name: r.name, secret: r.from, key: r.key },
    );
}
