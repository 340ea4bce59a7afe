import { describe, expect, it } from 'vitest';
import { imagePath, programFor, registerProgram, SAMPLE_WORKLOAD } from './programs';

describe('programs', () => {
  it('strips tags and digests', () => {
    expect(imagePath('ghcr.io/knative/helloworld-go:latest')).toBe('ghcr.io/knative/helloworld-go');
    expect(imagePath('localhost:5000/app@sha256:abc')).toBe('localhost:5000/app');
    expect(imagePath('localhost:5000/heartbeats:v1')).toBe('localhost:5000/heartbeats');
  });
  it('runs the sample workload by default and a registered program for matching images', () => {
    expect(programFor('ghcr.io/knative/helloworld-go').programPath).toBe(SAMPLE_WORKLOAD);
    registerProgram('heartbeats', '/tmp/heartbeats.mjs');
    expect(programFor('gcr.io/knative-releases/knative.dev/eventing/cmd/heartbeats:latest').programPath).toBe('/tmp/heartbeats.mjs');
    expect(programFor('example.com/heartbeats-not').programPath).toBe(SAMPLE_WORKLOAD);
  });
});
