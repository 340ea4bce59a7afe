import { z } from 'zod';

/** Bounds of a console-driven load run: enough for the seed demo, not enough to hurt the machine for long. */
export const SEND_TRAFFIC_LIMITS = { concurrency: 2_000, durationSeconds: 600, requests: 10_000_000, rate: 100_000 } as const;

const int = (label: string, min: number, max: number) =>
  z.number({ error: `${label} must be a number` }).int(`${label} must be a whole number`).min(min, `${label} must be at least ${min}`).max(max, `${label} must be at most ${max.toLocaleString('en-US')}`);

/**
 * The Send traffic form's input, shared by the form and the route handler.
 * A run stops after a duration or a request count; either way it never runs
 * longer than the duration limit.
 */
export const sendTrafficSchema = z
  .object({
    concurrency: int('Concurrency', 1, SEND_TRAFFIC_LIMITS.concurrency),
    stopAfter: z.enum(['duration', 'requests']),
    durationSeconds: int('Duration (s)', 1, SEND_TRAFFIC_LIMITS.durationSeconds).optional(),
    requests: int('Requests', 1, SEND_TRAFFIC_LIMITS.requests).optional(),
    path: z
      .string()
      .max(2_000, 'Path must be at most 2,000 characters')
      .regex(/^\/[^\s#]*$/, 'Path must start with / and hold no spaces, e.g. /?sleep=1000'),
    rate: z.number({ error: 'Rate limit must be a number' }).positive('Rate limit must be above 0').max(SEND_TRAFFIC_LIMITS.rate, `Rate limit must be at most ${SEND_TRAFFIC_LIMITS.rate.toLocaleString('en-US')}/s`).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.stopAfter === 'duration' && v.durationSeconds === undefined) ctx.addIssue({ code: 'custom', path: ['durationSeconds'], message: 'Duration (s) is required' });
    if (v.stopAfter === 'requests' && v.requests === undefined) ctx.addIssue({ code: 'custom', path: ['requests'], message: 'Requests is required' });
  });

export type SendTrafficInput = z.infer<typeof sendTrafficSchema>;
