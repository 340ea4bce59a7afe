import { describe, expect, it } from 'vitest';
import { triggerFormSchema } from './trigger-form';

describe('triggerFormSchema', () => {
  it('accepts a name and filter rows', () => {
    expect(triggerFormSchema.safeParse({ name: 'on-orders', filters: [{ attribute: 'type', op: 'exact', value: 'order' }] }).success).toBe(true);
  });
  it.each([
    [{ name: 'Bad_Name', filters: [] }, 'name'],
    [{ name: 'ok', filters: [{ attribute: 'Type', op: 'exact', value: 'x' }] }, 'filters.0.attribute'],
    [{ name: 'ok', filters: [{ attribute: 'type', op: 'exact', value: '' }] }, 'filters.0.value'],
    [{ name: 'ok', filters: [{ attribute: 'type', op: 'exact', value: 'a' }, { attribute: 'type', op: 'exact', value: 'b' }] }, 'filters'],
  ])('rejects %j at %s', (input, path) => {
    const r = triggerFormSchema.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});
