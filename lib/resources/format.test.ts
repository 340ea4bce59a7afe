import { describe, expect, it } from 'vitest';
import { age, formatDestination, humanDuration } from './format';

describe('humanDuration (kubectl ages)', () => {
  it.each([
    [0, '0s'],
    [59_000, '59s'],
    [119_000, '119s'],
    [120_000, '2m'],
    [125_000, '2m5s'],
    [10 * 60_000, '10m'],
    [179 * 60_000, '179m'],
    [3 * 3600_000 + 5 * 60_000, '3h5m'],
    [8 * 3600_000, '8h'],
    [47 * 3600_000, '47h'],
    [2 * 86400_000 + 3 * 3600_000, '2d3h'],
    [30 * 86400_000, '30d'],
    [-5000, '0s'],
  ])('%d ms → %s', (ms, text) => expect(humanDuration(ms)).toBe(text));
});

describe('age', () => {
  it('measures from creationTimestamp', () => {
    expect(age('2024-01-01T00:00:00Z', Date.parse('2024-01-01T00:01:30Z'))).toBe('90s');
  });
  it('is empty without a timestamp', () => {
    expect(age(undefined)).toBe('');
    expect(age('not a date')).toBe('');
  });
});

describe('formatDestination (kn sink format)', () => {
  it('abbreviates Knative services as ksvc', () => {
    expect(formatDestination({ ref: { apiVersion: 'serving.knative.dev/v1', kind: 'Service', name: 'hello' } })).toBe('ksvc:hello');
  });
  it('prints other kinds lower-cased', () => {
    expect(formatDestination({ ref: { kind: 'Broker', name: 'default' } })).toBe('broker:default');
    expect(formatDestination({ ref: { kind: 'KafkaSink', name: 'k' } })).toBe('kafkasink:k');
  });
  it('appends a relative uri to a ref and prints a bare uri', () => {
    expect(formatDestination({ ref: { kind: 'Service', name: 'a' }, uri: '/path' })).toBe('ksvc:a/path');
    expect(formatDestination({ uri: 'http://x.example' })).toBe('http://x.example');
    expect(formatDestination(undefined)).toBe('');
  });
});
