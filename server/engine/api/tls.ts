import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import type { Store } from '../store/store';

/*
 * kubectl (client-go) only sends a bearer token over TLS, so the API also
 * speaks HTTPS with a self-signed certificate, generated once and kept in the
 * store's meta table. No dependency can make X.509 certificates in Node, and
 * one is small enough to encode here in DER.
 */

function derLength(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

const tlv = (tag: number, content: Buffer) => Buffer.concat([Buffer.from([tag]), derLength(content.length), content]);
const seq = (...parts: Buffer[]) => tlv(0x30, Buffer.concat(parts));
const set = (...parts: Buffer[]) => tlv(0x31, Buffer.concat(parts));
const octets = (b: Buffer) => tlv(0x04, b);
const bitString = (b: Buffer) => tlv(0x03, Buffer.concat([Buffer.from([0]), b]));
const explicit = (n: number, content: Buffer) => tlv(0xa0 + n, content);

/** A non-negative DER INTEGER: minimal, so no leading zero byte unless the next one has its top bit set. */
export function derInteger(b: Buffer): Buffer {
  let i = 0;
  while (i < b.length - 1 && b[i] === 0) i++;
  const v = b.subarray(i);
  return tlv(0x02, v[0] & 0x80 ? Buffer.concat([Buffer.from([0]), v]) : v);
}

function oid(dotted: string): Buffer {
  const [a, b, ...rest] = dotted.split('.').map(Number);
  const bytes = [40 * a + b];
  for (const n of rest) {
    const chunk = [n & 0x7f];
    for (let v = n >> 7; v > 0; v >>= 7) chunk.unshift((v & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return tlv(0x06, Buffer.from(bytes));
}

/** UTCTime until 2049, GeneralizedTime after, as RFC 5280 requires. */
function time(d: Date): Buffer {
  const iso = d.toISOString().replace(/[-:T]/g, '').slice(0, 14) + 'Z';
  return d.getUTCFullYear() < 2050 ? tlv(0x17, Buffer.from(iso.slice(2))) : tlv(0x18, Buffer.from(iso));
}

const ECDSA_SHA256 = seq(oid('1.2.840.10045.4.3.2'));

const pem = (label: string, der: Buffer) =>
  `-----BEGIN ${label}-----\n${der.toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '')}\n-----END ${label}-----\n`;

/** A self-signed P-256 certificate for 127.0.0.1 and localhost, valid for ten years. */
export function selfSignedCertificate(commonName = 'serverless-engine', now = new Date()): { key: string; cert: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const name = seq(set(seq(oid('2.5.4.3'), tlv(0x0c, Buffer.from(commonName)))));
  const serial = randomBytes(16);
  const notBefore = new Date(now.getTime() - 60 * 60 * 1000);
  const notAfter = new Date(now.getTime() + 10 * 365 * 24 * 60 * 60 * 1000);
  const subjectAltName = seq(
    oid('2.5.29.17'),
    octets(seq(tlv(0x87, Buffer.from([127, 0, 0, 1])), tlv(0x82, Buffer.from('localhost')))),
  );
  const basicConstraints = seq(oid('2.5.29.19'), octets(seq()));
  const tbs = seq(
    explicit(0, derInteger(Buffer.from([2]))),
    derInteger(serial),
    ECDSA_SHA256,
    name,
    seq(time(notBefore), time(notAfter)),
    name,
    publicKey.export({ type: 'spki', format: 'der' }),
    explicit(3, seq(subjectAltName, basicConstraints)),
  );
  const signature = sign('sha256', tbs, privateKey);
  const cert = seq(tbs, ECDSA_SHA256, bitString(signature));
  return { key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), cert: pem('CERTIFICATE', cert) };
}

/** The engine's serving certificate: made on first start, the same ever after (clients may pin it). */
export function loadOrCreateCertificate(store: Store): { key: string; cert: string } {
  const get = store.db.prepare('SELECT value FROM meta WHERE key = ?');
  const key = get.get('tls-key') as { value: string } | undefined;
  const cert = get.get('tls-cert') as { value: string } | undefined;
  if (key && cert) return { key: key.value, cert: cert.value };
  const made = selfSignedCertificate();
  const put = store.db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
  store.db.transaction(() => {
    put.run('tls-key', made.key);
    put.run('tls-cert', made.cert);
  })();
  return made;
}
