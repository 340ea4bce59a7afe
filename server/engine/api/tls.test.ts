import { X509Certificate, createPrivateKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { derInteger, selfSignedCertificate } from './tls';

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

  it('encodes serial numbers as minimal DER integers (a redundant leading zero is rejected by OpenSSL)', () => {
    const hex = (b: number[]) => derInteger(Buffer.from(b)).toString('hex');
    expect(hex([0x00, 0x05])).toBe('020105');
    expect(hex([0x00, 0x00, 0x80])).toBe('02020080');
    expect(hex([0x80, 0x01])).toBe('0203008001');
    expect(hex([0x00])).toBe('020100');
  });
});
