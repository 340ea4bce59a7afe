import { X509Certificate, createPrivateKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { selfSignedCertificate } from './tls';

describe('self-signed certificate', () => {
  it('is a valid X.509 certificate for 127.0.0.1 and localhost, signed by its own key', () => {
    const { key, cert } = selfSignedCertificate('engine-test', new Date('2025-01-01T00:00:00Z'));
    const x = new X509Certificate(cert);
    expect(x.subject).toBe('CN=engine-test');
    expect(x.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(x.checkHost('localhost')).toBe('localhost');
    expect(x.verify(x.publicKey)).toBe(true);
    expect(x.checkPrivateKey(createPrivateKey(key))).toBe(true);
    expect(new Date(x.validTo).getUTCFullYear()).toBe(2034);
  });
});
