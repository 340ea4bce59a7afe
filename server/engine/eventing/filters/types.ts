/** A CloudEvent's context attributes and extensions, each as a string, keyed by attribute name. */
export type EventAttributes = Readonly<Record<string, string | undefined>>;

/** One element of `spec.filters[]` (the CloudEvents Subscriptions API filter dialects). */
export interface SubscriptionsAPIFilter {
  exact?: Record<string, string>;
  prefix?: Record<string, string>;
  suffix?: Record<string, string>;
  all?: SubscriptionsAPIFilter[];
  any?: SubscriptionsAPIFilter[];
  not?: SubscriptionsAPIFilter;
  cesql?: string;
}

/** The filtering part of a Trigger's spec (also what other subscribers of a broker may carry). */
export interface TriggerFilterSpec {
  filter?: { attributes?: Record<string, string> | null } | null;
  filters?: SubscriptionsAPIFilter[] | null;
}

/**
 * Knative's tri-state filter result (pkg/eventfilter): an event is dropped only
 * on `fail`; `none` (no filter applied) delivers it like `pass`.
 */
export type FilterResult = 'pass' | 'fail' | 'none';

export type Filter = (event: EventAttributes) => FilterResult;
