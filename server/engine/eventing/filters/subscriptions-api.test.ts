import { describe, expect, it } from 'vitest';
import { materializeFilter, subscriptionsApiFilter } from './subscriptions-api';
import type { FilterResult, SubscriptionsAPIFilter } from './types';

// Mirrors knative/eventing pkg/eventfilter/subscriptionsapi/*_test.go.
const event = { specversion: '1.0', id: '1', type: 'dev.knative.example', source: '/apis/v1/namespaces/default/pingsources/p', myext: 'abc' };

const one = (f: SubscriptionsAPIFilter) => {
  const m = materializeFilter(f);
  return m ? m(event) : 'skipped';
};

describe('exact', () => {
  const cases: [Record<string, string>, FilterResult | 'skipped'][] = [
    [{ type: 'dev.knative.example' }, 'pass'],
    [{ type: 'dev.knative' }, 'fail'],
    [{ type: 'DEV.KNATIVE.EXAMPLE' }, 'fail'],
    [{ myext: 'abc' }, 'pass'],
    [{ missing: 'abc' }, 'fail'],
    [{ subject: 'x' }, 'fail'],
    [{ type: 'dev.knative.example', myext: 'abc' }, 'pass'],
    [{ type: 'dev.knative.example', myext: 'abd' }, 'fail'],
    [{ type: '' }, 'skipped'],
    [{ '': 'x' }, 'skipped'],
  ];
  for (const [exact, want] of cases) it(JSON.stringify(exact), () => expect(one({ exact })).toBe(want));
});

describe('prefix', () => {
  const cases: [Record<string, string>, FilterResult | 'skipped'][] = [
    [{ type: 'dev.knative' }, 'pass'],
    [{ type: 'dev.knative.example' }, 'pass'],
    [{ type: 'knative' }, 'fail'],
    [{ source: '/apis' }, 'pass'],
    [{ myext: 'ab' }, 'pass'],
    [{ missing: 'ab' }, 'fail'],
    [{ subject: 'a' }, 'fail'],
    [{ type: 'dev', myext: 'x' }, 'fail'],
    [{ type: '' }, 'skipped'],
  ];
  for (const [prefix, want] of cases) it(JSON.stringify(prefix), () => expect(one({ prefix })).toBe(want));
});

describe('suffix', () => {
  const cases: [Record<string, string>, FilterResult | 'skipped'][] = [
    [{ type: 'example' }, 'pass'],
    [{ type: '.example' }, 'pass'],
    [{ type: 'dev' }, 'fail'],
    [{ myext: 'bc' }, 'pass'],
    [{ missing: 'bc' }, 'fail'],
    [{ type: 'example', myext: 'c' }, 'pass'],
    [{ myext: '' }, 'skipped'],
  ];
  for (const [suffix, want] of cases) it(JSON.stringify(suffix), () => expect(one({ suffix })).toBe(want));
});

const passing: SubscriptionsAPIFilter = { exact: { type: 'dev.knative.example' } };
const failing: SubscriptionsAPIFilter = { exact: { type: 'nope' } };
const skipped: SubscriptionsAPIFilter = { exact: { type: '' } };

describe('all / any / not', () => {
  const cases: [string, SubscriptionsAPIFilter, FilterResult | 'skipped'][] = [
    ['all pass', { all: [passing, passing] }, 'pass'],
    ['all with one failing', { all: [passing, failing] }, 'fail'],
    ['all of a single filter is that filter', { all: [failing] }, 'fail'],
    ['all empty is skipped (no dialect)', { all: [] }, 'skipped'],
    ['all of only skipped elements is no filter', { all: [skipped] }, 'none'],
    ['any pass', { any: [failing, passing] }, 'pass'],
    ['any all failing', { any: [failing, failing] }, 'fail'],
    ['any of only skipped elements is no filter', { any: [skipped] }, 'none'],
    ['any: fail or none is fail', { any: [failing, skipped] }, 'fail'],
    ['not pass', { not: passing }, 'fail'],
    ['not fail', { not: failing }, 'pass'],
    ['not of nothing is no filter', { not: skipped }, 'none'],
    ['not nested', { not: { not: passing } }, 'pass'],
    ['not any', { not: { any: [failing, passing] } }, 'fail'],
    ['cesql true', { cesql: "type LIKE 'dev.%' AND myext = 'abc'" }, 'pass'],
    ['cesql false', { cesql: "type = 'other'" }, 'fail'],
    ['cesql missing attribute fails', { cesql: "missing = 'x'" }, 'fail'],
    ['not cesql error still fails (error is a failure, negated to pass)', { not: { cesql: "missing = 'x'" } }, 'pass'],
    ['cesql syntax error is skipped', { cesql: 'this is wrong' }, 'skipped'],
    ['no dialect is skipped', {}, 'skipped'],
    ['first dialect wins when several are set', { exact: { type: 'nope' }, prefix: { type: 'dev' } }, 'fail'],
  ];
  for (const [name, f, want] of cases) it(name, () => expect(one(f)).toBe(want));
});

describe('filters[] list', () => {
  it('is ANDed', () => {
    expect(subscriptionsApiFilter([passing, passing])(event)).toBe('pass');
    expect(subscriptionsApiFilter([passing, failing])(event)).toBe('fail');
    expect(subscriptionsApiFilter([failing, passing])(event)).toBe('fail');
  });
  it('empty is no filter', () => expect(subscriptionsApiFilter([])(event)).toBe('none'));
  it('skips elements that cannot be built', () => expect(subscriptionsApiFilter([skipped, passing])(event)).toBe('pass'));
});
