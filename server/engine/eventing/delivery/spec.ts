import type { StatusCause } from '../../errors';
import type { Destination } from '../destination';
import { validateDestination } from '../validate-destination';
import { parseIsoDuration } from './duration';

/** Knative's duck DeliverySpec (`pkg/apis/duck/v1/delivery_types.go`). */
export interface DeliverySpec {
  deadLetterSink?: Destination;
  retry?: number;
  backoffPolicy?: string;
  backoffDelay?: string;
  timeout?: string;
  retryAfterMax?: string;
  format?: string;
}

/** What a Broker gets when it names no delivery (`config/core/configmaps/default-broker.yaml`). */
export const DEFAULT_BROKER_DELIVERY: DeliverySpec = { retry: 10, backoffPolicy: 'exponential', backoffDelay: 'PT0.2S' };

/** A DeliverySpec turned into the numbers the dispatcher needs. */
export interface RetryPolicy {
  /** Retries after the first attempt (total attempts = 1 + retryMax). */
  retryMax: number;
  policy?: 'linear' | 'exponential';
  delayMs?: number;
  /** Per-attempt timeout; undefined = none. */
  timeoutMs?: number;
  format: 'binary' | 'json';
}

/** Same as `RetryConfigFromDeliverySpec`: no spec means no retries. Invalid fields were refused at admission. */
export function retryPolicyOf(spec: DeliverySpec | undefined): RetryPolicy {
  const policy = spec?.backoffPolicy === 'linear' || spec?.backoffPolicy === 'exponential' ? spec.backoffPolicy : undefined;
  return {
    retryMax: Math.max(0, Math.floor(spec?.retry ?? 0)),
    policy,
    delayMs: spec?.backoffDelay !== undefined ? parseIsoDuration(spec.backoffDelay) : undefined,
    timeoutMs: spec?.timeout !== undefined ? parseIsoDuration(spec.timeout) : undefined,
    format: spec?.format === 'json' ? 'json' : 'binary',
  };
}

/**
 * Wait before retry number `k` (1-based). go-retryablehttp v0.7.7 calls the
 * backoff with n = k − 1, so the first linear retry is immediate and exponential
 * goes delay, 2·delay, 4·delay… Without both a policy and a delay Knative leaves
 * the backoff at zero. No jitter, no cap.
 */
export function backoffMs(p: Pick<RetryPolicy, 'policy' | 'delayMs'>, k: number): number {
  if (!p.policy || p.delayMs === undefined) return 0;
  const n = k - 1;
  return p.policy === 'exponential' ? p.delayMs * 2 ** n : p.delayMs * n;
}

/** `SelectiveRetry`: no response / transport errors, 5xx, 404, 408, 409, 429. `code` undefined = no response. */
export function isRetryable(code: number | undefined): boolean {
  if (code === undefined || code === -1) return true;
  return code >= 500 || code === 404 || code === 408 || code === 409 || code === 429;
}

export const isSuccess = (code: number | undefined) => code !== undefined && code >= 200 && code < 300;

/** The next step after a failed attempt number `attempt` (1 = the first try). */
export type AfterFailure = { retryInMs: number } | { exhausted: true };

export function afterFailure(p: RetryPolicy, attempt: number, code: number | undefined): AfterFailure {
  if (!isRetryable(code) || attempt > p.retryMax) return { exhausted: true };
  return { retryInMs: backoffMs(p, attempt) };
}

/** `DeliverySpec.Validate` with the default feature flags (delivery-timeout on, retry-after off). */
export function validateDelivery(spec: DeliverySpec | undefined, field: string): StatusCause[] {
  if (!spec) return [];
  const causes: StatusCause[] = [];
  if (spec.deadLetterSink !== undefined) causes.push(...validateDestination(spec.deadLetterSink, `${field}.deadLetterSink`));
  if (spec.retry !== undefined && (typeof spec.retry !== 'number' || !Number.isInteger(spec.retry) || spec.retry < 0)) {
    causes.push({ field: `${field}.retry`, message: `invalid value: ${spec.retry}` });
  }
  if (spec.backoffPolicy !== undefined && spec.backoffPolicy !== 'linear' && spec.backoffPolicy !== 'exponential') {
    causes.push({ field: `${field}.backoffPolicy`, message: `invalid value: ${spec.backoffPolicy}` });
  }
  for (const key of ['backoffDelay', 'timeout'] as const) {
    const v = spec[key];
    if (v !== undefined && (typeof v !== 'string' || parseIsoDuration(v) === undefined)) {
      causes.push({ field: `${field}.${key}`, message: `invalid value: ${v}` });
    }
  }
  if (spec.retryAfterMax !== undefined) {
    causes.push({ field: `${field}.retryAfterMax`, message: 'must not set the field(s)', reason: 'FieldValueForbidden' });
  }
  if (spec.format !== undefined && spec.format !== 'json' && spec.format !== 'binary') {
    causes.push({ field: `${field}.format`, message: `invalid value: ${spec.format}` });
  }
  return causes;
}
