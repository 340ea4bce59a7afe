import { describe, expect, it } from 'vitest';
import { parseIsoDuration } from './duration';
import { afterFailure, backoffMs, isRetryable, retryPolicyOf, validateDelivery } from './spec';

describe('parseIsoDuration', () => {
  it.each([
    ['PT0.2S', 200],
    ['PT1S', 1000],
    ['PT1M', 60_000],
    ['PT1H30M', 5_400_000],
    ['P1D', 86_400_000],
    ['P1DT1S', 86_401_000],
    ['PT0,5S', 500],
  ])('%s = %d ms', (text, ms) => expect(parseIsoDuration(text)).toBe(ms));

  it.each(['', 'P', 'PT', '1s', 'PT1', 'P1DT', '200ms', 'PT-1S'])('refuses %j', (text) => expect(parseIsoDuration(text)).toBeUndefined());
});

describe('backoff (go-retryablehttp passes n = k-1)', () => {
  const exp = retryPolicyOf({ retry: 10, backoffPolicy: 'exponential', backoffDelay: 'PT0.2S' });
  const lin = retryPolicyOf({ retry: 4, backoffPolicy: 'linear', backoffDelay: 'PT0.5S' });

  it('broker default: 0.2, 0.4, 0.8 … 102.4 s, ≈204.6 s in all', () => {
    const waits = Array.from({ length: 10 }, (_, i) => backoffMs(exp, i + 1));
    expect(waits).toEqual([200, 400, 800, 1600, 3200, 6400, 12800, 25600, 51200, 102400]);
    expect(waits.reduce((a, b) => a + b, 0)).toBe(204_600);
  });

  it('linear: the first retry is immediate', () => {
    expect([1, 2, 3, 4].map((k) => backoffMs(lin, k))).toEqual([0, 500, 1000, 1500]);
  });

  it('no delay or no policy: retries are immediate, as Knative leaves the backoff at zero', () => {
    expect(backoffMs(retryPolicyOf({ retry: 3, backoffPolicy: 'exponential' }), 2)).toBe(0);
    expect(backoffMs(retryPolicyOf({ retry: 3, backoffDelay: 'PT1S' }), 2)).toBe(0);
  });
});

describe('retry decision (SelectiveRetry)', () => {
  it.each([
    [undefined, true],
    [500, true],
    [503, true],
    [404, true],
    [408, true],
    [409, true],
    [429, true],
    [400, false],
    [401, false],
    [403, false],
    [302, false],
    [200, false],
  ])('code %s → retry %s', (code, retry) => expect(isRetryable(code)).toBe(retry));

  it('stops after 1 + retry attempts', () => {
    const p = retryPolicyOf({ retry: 2, backoffPolicy: 'exponential', backoffDelay: 'PT1S' });
    expect(afterFailure(p, 1, 500)).toEqual({ retryInMs: 1000 });
    expect(afterFailure(p, 2, 500)).toEqual({ retryInMs: 2000 });
    expect(afterFailure(p, 3, 500)).toEqual({ exhausted: true });
    expect(afterFailure(p, 1, 400)).toEqual({ exhausted: true });
  });

  it('no delivery spec: one attempt only', () => {
    expect(afterFailure(retryPolicyOf(undefined), 1, 503)).toEqual({ exhausted: true });
  });
});

describe('delivery spec parsing and validation', () => {
  it('reads timeout and format', () => {
    expect(retryPolicyOf({ timeout: 'PT2S', format: 'json' })).toMatchObject({ timeoutMs: 2000, format: 'json', retryMax: 0 });
    expect(retryPolicyOf({}).format).toBe('binary');
  });

  it('accepts a complete valid spec', () => {
    expect(
      validateDelivery(
        { retry: 3, backoffPolicy: 'linear', backoffDelay: 'PT1S', timeout: 'PT5S', format: 'binary', deadLetterSink: { uri: 'http://dls.example' } },
        'spec.delivery',
      ),
    ).toEqual([]);
  });

  it('names each bad field', () => {
    const causes = validateDelivery(
      { retry: -1, backoffPolicy: 'random', backoffDelay: '200ms', timeout: 'soon', format: 'xml', retryAfterMax: 'PT1S', deadLetterSink: {} },
      'spec.delivery',
    );
    expect(causes.map((c) => c.field)).toEqual([
      'spec.delivery.deadLetterSink',
      'spec.delivery.retry',
      'spec.delivery.backoffPolicy',
      'spec.delivery.backoffDelay',
      'spec.delivery.timeout',
      'spec.delivery.retryAfterMax',
      'spec.delivery.format',
    ]);
    expect(causes[1].message).toBe('invalid value: -1');
    expect(causes[0].message).toBe('expected at least one, got none: ref, uri');
  });
});
