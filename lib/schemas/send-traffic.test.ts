import { describe, expect, it } from 'vitest';
import { issuesToFieldErrors } from './field-errors';
import { sendTrafficSchema } from './send-traffic';

const ok = { concurrency: 100, stopAfter: 'duration' as const, durationSeconds: 20, path: '/?sleep=500' };
const errors = (v: unknown) => {
  const r = sendTrafficSchema.safeParse(v);
  return r.success ? {} : issuesToFieldErrors(r.error.issues);
};

describe('sendTrafficSchema', () => {
  it('accepts the seed demo', () => {
    expect(sendTrafficSchema.parse(ok)).toEqual(ok);
    expect(errors({ ...ok, stopAfter: 'requests', requests: 1000, rate: 50 })).toEqual({});
  });
  it('bounds concurrency and duration, at the field', () => {
    expect(errors({ ...ok, concurrency: 2001 })).toEqual({ concurrency: 'Concurrency must be at most 2,000' });
    expect(errors({ ...ok, durationSeconds: 601 })).toEqual({ durationSeconds: 'Duration (s) must be at most 600' });
    expect(errors({ ...ok, concurrency: 0 })).toEqual({ concurrency: 'Concurrency must be at least 1' });
  });
  it('requires the figure the run stops on', () => {
    expect(errors({ ...ok, durationSeconds: undefined })).toEqual({ durationSeconds: 'Duration (s) is required' });
    expect(errors({ ...ok, stopAfter: 'requests' })).toEqual({ requests: 'Requests is required' });
  });
  it('wants a path, not a URL', () => {
    expect(errors({ ...ok, path: 'http://evil.example/' }).path).toMatch(/must start with \//);
    expect(errors({ ...ok, path: '/a b' }).path).toMatch(/no spaces/);
  });
  it('says when a number is not one', () => {
    expect(errors({ ...ok, concurrency: Number.NaN }).concurrency).toBe('Concurrency must be a number');
  });
});
