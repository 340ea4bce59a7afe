import type { StatusCause } from '../../errors';

/* eslint-disable @typescript-eslint/no-explicit-any -- templates are open-ended JSON */

/** The leaf paths where two JSON values differ, as `-old`/`+new` lines (a short kmp.ShortDiff). */
export function diffLines(oldValue: any, newValue: any, path = ''): string[] {
  if (JSON.stringify(oldValue) === JSON.stringify(newValue)) return [];
  const bothObjects =
    oldValue && newValue && typeof oldValue === 'object' && typeof newValue === 'object' && Array.isArray(oldValue) === Array.isArray(newValue);
  if (!bothObjects) {
    return [`-${path || '.'}: ${JSON.stringify(oldValue)}`, `+${path || '.'}: ${JSON.stringify(newValue)}`];
  }
  const keys = new Set([...Object.keys(oldValue), ...Object.keys(newValue)]);
  const lines: string[] = [];
  for (const k of keys) {
    const sub = Array.isArray(oldValue) ? `${path}[${k}]` : path ? `${path}.${k}` : k;
    lines.push(...diffLines(oldValue[k], newValue[k], sub));
  }
  return lines;
}

/**
 * RevisionTemplateSpec.VerifyNameChange: a template with a user-chosen name
 * must change that name whenever anything else in it changes, or the new
 * template could not become a new revision. Field path relative to the template.
 */
export function verifyNameChange(template: any, oldTemplate: any): StatusCause[] {
  const name = template?.metadata?.name;
  if (!name || name !== oldTemplate?.metadata?.name) return [];
  const lines = diffLines(oldTemplate, template);
  if (lines.length === 0) return [];
  return [
    {
      field: 'metadata.name',
      reason: 'FieldValueInvalid',
      message: `Saw the following changes without a name change (-old +new)\n${lines.join('\n')}`,
    },
  ];
}
