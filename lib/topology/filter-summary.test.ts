import { describe, expect, it } from 'vitest';
import { summarizeTriggerFilter } from './filter-summary';

describe('summarizeTriggerFilter', () => {
  it.each([
    [undefined, 'all events'],
    [{ filter: {} }, 'all events'],
    [{ filter: { attributes: { type: 'a.b', source: 's' } } }, 'source=s, type=a.b'],
    [{ filter: { attributes: { type: '' } } }, 'type exists'],
    [{ filters: [{ prefix: { type: 'com.shop.' } }] }, 'type=com.shop.*'],
    [{ filters: [{ suffix: { source: '/orders' } }, { exact: { subject: 'x' } }] }, 'source=*/orders, subject=x'],
    [{ filters: [{ any: [{ exact: { type: 'a' } }, { exact: { type: 'b' } }] }] }, '(type=a or type=b)'],
    [{ filters: [{ not: { exact: { type: 'a' } } }] }, 'not type=a'],
    [{ filters: [{ cesql: "type LIKE 'x%'" }] }, "sql: type LIKE 'x%'"],
    // filters[] overrides filter.attributes, as the broker applies it.
    [{ filter: { attributes: { type: 'old' } }, filters: [{ exact: { type: 'new' } }] }, 'type=new'],
  ])('%j → %s', (spec, want) => {
    expect(summarizeTriggerFilter(spec as never)).toBe(want);
  });
});
