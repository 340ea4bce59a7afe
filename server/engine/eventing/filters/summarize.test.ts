import { describe, expect, it } from 'vitest';
import { summarizeFilter } from './summarize';

describe('summarizeFilter', () => {
  const cases: [Parameters<typeof summarizeFilter>[0], string][] = [
    [undefined, 'all events'],
    [{ filter: {} }, 'all events'],
    [{ filter: { attributes: { type: 'dev.knative.sources.ping' } } }, 'type=dev.knative.sources.ping'],
    [{ filter: { attributes: { type: 'a', source: 's' } } }, 'source=s, type=a'],
    [{ filter: { attributes: { region: '' } } }, 'region (any value)'],
    [{ filters: [{ prefix: { source: '/apis' } }] }, 'prefix source=/apis'],
    [{ filters: [{ suffix: { type: '.error' } }] }, 'suffix type=.error'],
    [{ filters: [{ cesql: "type LIKE 'dev.%'" }] }, "cesql: type LIKE 'dev.%'"],
    [{ filters: [{ any: [{ exact: { type: 'a' } }, { exact: { type: 'b' } }] }] }, 'any(type=a; type=b)'],
    [{ filters: [{ not: { exact: { type: 'a' } } }, { exact: { region: 'eu' } }] }, 'not(type=a), region=eu'],
    [{ filter: { attributes: { type: 'ignored' } }, filters: [{ all: [{ exact: { a: '1' } }] }] }, 'all(a=1)'],
  ];
  for (const [spec, want] of cases) it(want, () => expect(summarizeFilter(spec)).toBe(want));
});
