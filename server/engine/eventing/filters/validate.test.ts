import { describe, expect, it } from 'vitest';
import { validateTriggerFilters } from './validate';
import type { TriggerFilterSpec } from './types';

const NAME_RULE = 'Attribute name must start with a letter and can only contain lowercase alphanumeric';

// Mirrors knative/eventing pkg/apis/eventing/v1/trigger_validation_test.go (TestFilterSpecValidation).
const cases: [string, TriggerFilterSpec, { field?: string; message: string }[]][] = [
  ['no filters', {}, []],
  ['empty filter', { filter: {} }, []],
  ['valid attributes', { filter: { attributes: { type: 'other_type', source: 'other_source' } } }, []],
  ['attribute starting with a digit', { filter: { attributes: { '0invalid': 'x' } } }, [{ field: 'spec.filter.attributes[0invalid]', message: `invalid key name "0invalid": ${NAME_RULE}` }]],
  ['attribute with capitals', { filter: { attributes: { invALID: 'x' } } }, [{ field: 'spec.filter.attributes[invALID]', message: `invalid key name "invALID": ${NAME_RULE}` }]],
  ['exact attribute starting with a digit', { filters: [{ exact: { '0invalid': 'x' } }] }, [{ field: 'spec.filters[0].exact[0invalid]', message: `invalid key name "0invalid": ${NAME_RULE}` }]],
  ['multiple dialects', { filters: [{ exact: { myext: 'abc' }, suffix: { myext: 'abc' } }] }, [{ field: 'spec.filters[0]', message: 'multiple dialects found, filters can have only one dialect set' }]],
  ['not with another dialect', { filters: [{ not: { exact: { a: 'b' } }, cesql: 'TRUE' }] }, [{ field: 'spec.filters[0]', message: 'multiple dialects found, filters can have only one dialect set' }]],
  ['valid exact', { filters: [{ exact: { valid: 'abc' } }] }, []],
  ['exact with several keys (all must match)', { filters: [{ exact: { myext: 'abc', anotherext: 'xyz' } }] }, []],
  ['exact with an empty value', { filters: [{ exact: { type: '' } }] }, [{ field: 'spec.filters[0].exact', message: "invalid arguments, attribute and value can't be empty" }]],
  ['prefix with an empty key', { filters: [{ prefix: { '': 'x' } }] }, [{ field: 'spec.filters[0].prefix', message: "invalid arguments, attribute and prefix can't be empty" }]],
  ['suffix invalid name', { filters: [{ suffix: { invALID: 'abc' } }] }, [{ field: 'spec.filters[0].suffix[invALID]', message: `invalid key name "invALID": ${NAME_RULE}` }]],
  ['not nested valid', { filters: [{ not: { exact: { type: 'x' } } }] }, []],
  ['not nested invalid', { filters: [{ not: { prefix: { invALID: 'abc' } } }] }, [{ field: 'spec.filters[0].not.prefix[invALID]', message: `invalid key name "invALID": ${NAME_RULE}` }]],
  ['all nested invalid', { filters: [{ all: [{ exact: { type: 'x' } }, { exact: { myattr: 'v' } }, { prefix: { invALID: 'abc' } }] }] }, [{ field: 'spec.filters[0].all[2].prefix[invALID]', message: `invalid key name "invALID": ${NAME_RULE}` }]],
  ['any nested invalid', { filters: [{ any: [{ exact: { type: 'x' } }, { prefix: { invALID: 'abc' } }] }] }, [{ field: 'spec.filters[0].any[1].prefix[invALID]', message: `invalid key name "invALID": ${NAME_RULE}` }]],
  ['valid CESQL', { filters: [{ cesql: "type = 'dev.knative' AND ttl < 3" }] }, []],
];

describe('validateTriggerFilters', () => {
  for (const [name, spec, want] of cases) {
    it(name, () => expect(validateTriggerFilters(spec, 'spec')).toEqual(want));
  }

  it('reports a CESQL syntax error with the expression', () => {
    const [cause, ...rest] = validateTriggerFilters({ filters: [{ cesql: 'this is wrong' }] }, 'spec');
    expect(rest).toEqual([]);
    expect(cause.field).toBe('spec.filters[0].cesql');
    expect(cause.message).toMatch(/^invalid value: this is wrong: syntax error: /);
  });

  it('rejects a filters value that is not a list', () => {
    expect(validateTriggerFilters({ filters: 'x' as never }, 'spec')).toEqual([{ field: 'spec.filters', message: 'must be a list of filters' }]);
  });
});
