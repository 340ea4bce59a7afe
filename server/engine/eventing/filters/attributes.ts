import type { EventAttributes, Filter } from './types';

/**
 * Reads an attribute as Knative's LookupAttribute does: the context attributes
 * always exist (an unset optional one reads as ''), `schemaurl` and
 * `datamediatype` are derived from `dataschema` and `datacontenttype`, and an
 * extension exists only if the event carries it.
 */
export function lookupAttribute(event: EventAttributes, name: string): string | undefined {
  switch (name) {
    case 'specversion':
    case 'type':
    case 'source':
    case 'subject':
    case 'id':
    case 'time':
    case 'dataschema':
    case 'datacontenttype':
      return event[name] ?? '';
    case 'schemaurl':
      return event.dataschema ?? '';
    case 'datamediatype':
      return (event.datacontenttype ?? '').split(';')[0].trim().toLowerCase();
    case 'datacontentencoding':
      return event.datacontentencoding ?? '';
    default:
      return event[name];
  }
}

/**
 * `spec.filter.attributes` (pkg/eventfilter/attributes): every key must match
 * (AND), case-sensitively; the value '' means "present and not empty"; an
 * attribute the event lacks fails. No map at all is no filter; an empty map passes.
 */
export function attributesFilter(attrs: Record<string, string> | null | undefined): Filter {
  if (!attrs) return () => 'none';
  const entries = Object.entries(attrs);
  return (event) => {
    for (const [key, want] of entries) {
      const got = lookupAttribute(event, key);
      if (got === undefined || (want === '' && got === '')) return 'fail';
      if (want !== '' && want !== got) return 'fail';
    }
    return 'pass';
  };
}
