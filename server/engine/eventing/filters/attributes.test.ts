import { describe, expect, it } from 'vitest';
import { attributesFilter, lookupAttribute } from './attributes';
import type { FilterResult } from './types';

// Mirrors knative/eventing pkg/eventfilter/attributes/filter_test.go.
const eventType = 'com.example.someevent';
const eventSource = '/mycontext';
const extensionName = 'myextension';
const extensionValue = 'my-extension-value';
const subjectValue = 'mysubject';

const makeEvent = (extra: Record<string, string> = {}) => ({ specversion: '1.0', type: eventType, source: eventSource, id: '1234', ...extra });
const attributes = (t: string, s: string) => ({ type: t, source: s });

const cases: [string, Record<string, string> | undefined, Record<string, string>, FilterResult][] = [
  ['Wrong type', attributes('some-other-type', ''), makeEvent(), 'fail'],
  ['Wrong source', attributes('', 'some-other-source'), makeEvent(), 'fail'],
  ['Any', attributes('', ''), makeEvent(), 'pass'],
  ['Specific', attributes(eventType, eventSource), makeEvent(), 'pass'],
  ['Extension with attribs', { ...attributes(eventType, eventSource), [extensionName]: extensionValue }, makeEvent({ [extensionName]: extensionValue }), 'pass'],
  ['Any Extension - without Extension in Event', { ...attributes(eventType, eventSource), [extensionName]: '' }, makeEvent(), 'fail'],
  ['Any Extension - with Extension in Event', { ...attributes(eventType, eventSource), [extensionName]: '' }, makeEvent({ [extensionName]: extensionValue }), 'pass'],
  ['Subject with attribs', { ...attributes(eventType, eventSource), subject: subjectValue }, makeEvent({ subject: subjectValue }), 'pass'],
  ['Any Subject - without Subject in Event', { ...attributes(eventType, eventSource), subject: '' }, makeEvent(), 'fail'],
  ['Any Subject - with Subject in Event', { ...attributes(eventType, eventSource), subject: '' }, makeEvent({ subject: subjectValue }), 'pass'],
  ['Any - arrival extension', attributes('', ''), makeEvent({ knativearrivaltime: '2019-08-26T23:38:17.834384404Z' }), 'pass'],
  ['Wrong Extension', { ...attributes(eventType, eventSource), [extensionName]: 'some-other-extension-value' }, makeEvent({ [extensionName]: extensionValue }), 'fail'],
  ['Case-sensitive value', { type: eventType.toUpperCase() }, makeEvent(), 'fail'],
  ['Missing extension with a value', { ext: 'x' }, makeEvent(), 'fail'],
  ['Empty extension value, any filter', { ext: '' }, makeEvent({ ext: '' }), 'fail'],
  ['Empty map passes everything', {}, makeEvent(), 'pass'],
  ['No map is no filter', undefined, makeEvent(), 'none'],
  ['datamediatype derived from datacontenttype', { datamediatype: 'application/json' }, makeEvent({ datacontenttype: 'application/json; charset=utf-8' }), 'pass'],
  ['schemaurl aliases dataschema', { schemaurl: 'http://s' }, makeEvent({ dataschema: 'http://s' }), 'pass'],
];

describe('attributes filter (pkg/eventfilter/attributes)', () => {
  for (const [name, filter, event, want] of cases) {
    it(name, () => expect(attributesFilter(filter)(event)).toBe(want));
  }

  it('all supported context attributes', () => {
    const e = makeEvent({ dataschema: 'wow', subject: 'cool', datacontenttype: 'cheers;mate', time: '2020-01-01T00:00:00Z' });
    const f = {
      specversion: '1.0', type: eventType, source: eventSource, subject: 'cool', id: '1234', time: '2020-01-01T00:00:00Z',
      dataschema: 'wow', schemaurl: 'wow', datacontenttype: 'cheers;mate', datamediatype: 'cheers',
    };
    expect(attributesFilter(f)(e)).toBe('pass');
  });

  it('lookupAttribute: context attributes exist even when unset; extensions do not', () => {
    expect(lookupAttribute(makeEvent(), 'subject')).toBe('');
    expect(lookupAttribute(makeEvent(), 'myext')).toBeUndefined();
  });
});
