import { describe, expect, it } from 'vitest';
import { StatusError, toStatus } from './status';

describe('toStatus', () => {
  it('passes the API server\'s Status through untouched', () => {
    const body = JSON.stringify({
      kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'Invalid', code: 422,
      message: 'Service.serving.knative.dev "x" is invalid: spec.traffic: Traffic targets sum to 50, want 100',
      details: { causes: [{ field: 'spec.traffic', message: 'Traffic targets sum to 50, want 100' }] },
    });
    const s = toStatus({ code: 422, body });
    expect(s.code).toBe(422);
    expect(s.reason).toBe('Invalid');
    expect(s.details?.causes?.[0].field).toBe('spec.traffic');
  });

  it('words a 401 without a body and a non-Status body', () => {
    expect(toStatus({ code: 401, body: undefined })).toMatchObject({ code: 401, reason: 'Unauthorized', message: expect.stringContaining('credentials') });
    expect(toStatus({ code: 502, body: 'bad gateway' })).toMatchObject({ code: 502, message: expect.stringContaining('bad gateway') });
  });

  it('says the API server is unreachable on connection refused', () => {
    const err = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    expect(toStatus(err)).toMatchObject({ code: 503, reason: 'ServiceUnavailable' });
  });

  it('renders the console\'s own errors with their causes', () => {
    const s = toStatus(new StatusError(400, 'BadRequest', 'Invalid request query', [{ field: 'query.namespace', message: 'must be a lowercase RFC 1123 label' }]));
    expect(s).toMatchObject({ kind: 'Status', code: 400, reason: 'BadRequest', details: { causes: [{ field: 'query.namespace' }] } });
  });

  it('falls back to a 500 with the error message', () => {
    expect(toStatus(new Error('boom'))).toMatchObject({ code: 500, reason: 'InternalError', message: 'boom' });
  });
});
