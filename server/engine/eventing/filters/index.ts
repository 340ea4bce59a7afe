/** Trigger filters with Knative's semantics: compile for dispatch, validate for admission, summarize for display. */
export { compileTriggerFilter, triggerFilter } from './compile';
export { validateTriggerFilters } from './validate';
export { summarizeFilter } from './summarize';
export { attributesFilter, lookupAttribute } from './attributes';
export { materializeFilter, subscriptionsApiFilter } from './subscriptions-api';
export type { EventAttributes, Filter, FilterResult, SubscriptionsAPIFilter, TriggerFilterSpec } from './types';
