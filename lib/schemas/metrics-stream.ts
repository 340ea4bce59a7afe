import { z } from 'zod';

const dns1123Label = z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'must be a lowercase RFC 1123 label').max(63);

/** The time ranges the Observe charts offer, in seconds. */
export const METRIC_RANGES = [300, 900, 3600] as const;

/** GET /api/metrics/stream: which series, and how much history to send first. */
export const metricsStreamQuery = z.object({
  namespace: dns1123Label,
  service: dns1123Label.optional(),
  range: z.coerce.number().pipe(z.union(METRIC_RANGES.map((r) => z.literal(r)) as [z.ZodLiteral<300>, z.ZodLiteral<900>, z.ZodLiteral<3600>])).default(300),
});
