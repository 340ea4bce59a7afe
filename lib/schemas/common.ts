import { z } from 'zod';
import { dns1123LabelError } from '../validation/names';

/** Pieces every Add form shares: Kubernetes names, key=value maps, CloudEvent overrides. */
export const fromCheck = (check: (v: string) => string | undefined) =>
  z.string().superRefine((v, ctx) => {
    const error = check(v);
    if (error) ctx.addIssue({ code: 'custom', message: error });
  });

export const k8sName = fromCheck(dns1123LabelError);

/** CloudEvent extension names (`kn … --ce-override key=value`): lowercase letters and digits. */
export const ceOverridesSchema = z.record(
  z.string().regex(/^[a-z0-9]+$/, 'extension names must be lowercase letters and digits (CloudEvents attribute names)'),
  z.string(),
);

export const ceOverridesOf = (extensions: Record<string, string>) =>
  Object.keys(extensions).length ? { ceOverrides: { extensions } } : {};

/**
 * A label selector as kn takes it on the command line (`app=web,tier=api`) → matchLabels.
 * Returns an error for a malformed pair.
 */
export function parseMatchLabels(s: string): { matchLabels: Record<string, string> } | { error: string } {
  const matchLabels: Record<string, string> = {};
  for (const raw of s.split(',')) {
    const pair = raw.trim();
    if (!pair) continue;
    const eq = pair.indexOf('=');
    if (eq <= 0) return { error: `"${pair}" is not key=value` };
    const key = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    if (!/^([a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/.test(key) || key.length > 316) return { error: `invalid label key "${key}"` };
    if (value && !/^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/.test(value)) return { error: `invalid label value "${value}"` };
    if (value.length > 63) return { error: `label value "${value}" is longer than 63 characters` };
    matchLabels[key] = value;
  }
  if (!Object.keys(matchLabels).length) return { error: 'Required: at least one key=value pair' };
  return { matchLabels };
}

export const selectorString = z.string().superRefine((v, ctx) => {
  const parsed = parseMatchLabels(v);
  if ('error' in parsed) ctx.addIssue({ code: 'custom', message: parsed.error });
});

/** ISO-8601 durations as Knative's delivery fields take them (`PT0.2S`, `PT1M`, `P1D`). */
export const ISO_DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
export const isoDuration = z.string().regex(ISO_DURATION, 'an ISO-8601 duration such as PT0.2S, PT10S or PT1M');
