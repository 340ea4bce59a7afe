import { attributesFilter } from './attributes';
import { subscriptionsApiFilter } from './subscriptions-api';
import type { EventAttributes, Filter, TriggerFilterSpec } from './types';

/**
 * The Trigger filter as the broker filter applies it
 * (pkg/broker/filter/filter_handler.go): a non-empty `filters[]` overrides
 * `filter`; only an explicit failure drops the event.
 */
export function triggerFilter(spec: TriggerFilterSpec | null | undefined): Filter {
  if (spec?.filters && spec.filters.length > 0) return subscriptionsApiFilter(spec.filters);
  if (spec?.filter) return attributesFilter(spec.filter.attributes);
  return () => 'none';
}

/** Compiles a Trigger's filters once into a predicate: true means deliver the event. */
export function compileTriggerFilter(spec: TriggerFilterSpec | null | undefined): (event: EventAttributes) => boolean {
  const filter = triggerFilter(spec);
  return (event) => filter(event) !== 'fail';
}
