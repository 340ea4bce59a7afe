import { deliverTo } from '../dispatch/deliver-to';
import type { CloudEventRecord } from '../event/cloud-event';

/** How a source hands one event to its sink; resolves on a 2xx, rejects with the last failure. */
export type Send = (uri: string, event: CloudEventRecord) => Promise<void>;

/**
 * The sources' adapters retry 5 times with exponential backoff from 50ms
 * (mtping: `WithRetriesExponentialBackoff(ctx, 50ms, 5)`): 50, 100, 200, 400, 800ms.
 */
export const SOURCE_DELIVERY = { retry: 5, backoffPolicy: 'exponential', backoffDelay: 'PT0.05S', timeout: 'PT10S' };

/** A Send over the eventing dispatcher's delivery helper (binary mode, cluster URLs through the ingress). */
export function createSend(ingressPort: number): Send {
  return async (uri, event) => {
    const res = await deliverTo(uri, event, { ingressPort, delivery: SOURCE_DELIVERY });
    if (!res.ok) {
      const why = res.code !== undefined ? `HTTP ${res.code}` : res.error;
      throw new Error(`event ${event.attrs.id} to ${uri} failed after ${res.attempts} attempt(s): ${why}`);
    }
  };
}
