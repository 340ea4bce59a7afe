import { afterFailure, isSuccess, retryPolicyOf, type DeliverySpec } from '../delivery/spec';
import type { CloudEventRecord } from '../event/cloud-event';
import { sendEvent, type SendOptions, type SendResult } from './send';

/**
 * Sends one event to a sink, retrying in memory with Knative's backoff — what
 * sources (PingSource, ApiServerSource, heartbeats) use to reach `status.sinkUri`.
 * Brokers and channels do NOT use this: their retries are durable (dispatcher.ts).
 * Resolves with the last attempt; `ok` is true on a 2xx.
 */
export async function deliverTo(
  uri: string,
  event: CloudEventRecord,
  opts: SendOptions & { delivery?: DeliverySpec },
): Promise<SendResult & { ok: boolean; attempts: number }> {
  const policy = retryPolicyOf(opts.delivery);
  for (let attempt = 1; ; attempt++) {
    const res = await sendEvent(uri, event, { format: policy.format, timeoutMs: policy.timeoutMs, ...opts });
    if (isSuccess(res.code)) return { ...res, ok: true, attempts: attempt };
    const next = afterFailure(policy, attempt, res.code);
    if ('exhausted' in next) return { ...res, ok: false, attempts: attempt };
    if (next.retryInMs > 0) await new Promise((r) => setTimeout(r, next.retryInMs));
  }
}
