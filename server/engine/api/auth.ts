import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { ApiError } from '../errors';
import type { Store } from '../store/store';

const TOKEN_KEY = 'api-token';

/** The API's bearer token: generated once (crypto random) and kept in the store's meta table. */
export function loadOrCreateToken(store: Store): string {
  const row = store.db.prepare('SELECT value FROM meta WHERE key = ?').get(TOKEN_KEY) as { value: string } | undefined;
  if (row) return row.value;
  const token = randomBytes(32).toString('base64url');
  store.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(TOKEN_KEY, token);
  return token;
}

/** Endpoints probes and scrapers use without credentials, as a kube-apiserver allows them anonymously. */
const PUBLIC = new Set(['/readyz', '/livez', '/healthz', '/version', '/metrics']);

export const isPublicPath = (pathname: string) => PUBLIC.has(pathname);

export const unauthorized = () => new ApiError(401, 'Unauthorized', 'Unauthorized');

/** Throws 401 unless the request carries `Authorization: Bearer <token>`. */
export function authenticate(req: IncomingMessage, token: string) {
  const header = req.headers.authorization ?? '';
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!m) throw unauthorized();
  const given = Buffer.from(m[1]);
  const expected = Buffer.from(token);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw unauthorized();
}
