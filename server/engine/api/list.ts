import { badRequest } from '../errors';
import type { KubeObject } from '../resources/types';
import type { ListPage } from './render';
import { matchesFilter, type ObjectFilter } from './selectors';

/** An object's position in the store's (namespace, name) order. */
const keyOf = (o: KubeObject): [string, string] => [o.metadata.namespace ?? '', o.metadata.name];
const after = (o: KubeObject, start: [string, string]) => {
  const [ns, name] = keyOf(o);
  return ns > start[0] || (ns === start[0] && name > start[1]);
};

interface ContinueToken {
  /** The resourceVersion of the first page, which later pages report too. */
  rv: string;
  /** The last key (namespace, name) returned so far. */
  start: [string, string];
}

export function encodeContinue(token: ContinueToken): string {
  return Buffer.from(JSON.stringify({ v: 1, ...token })).toString('base64url');
}

export function decodeContinue(raw: string): ContinueToken {
  try {
    const t = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (t.v === 1 && typeof t.rv === 'string' && Array.isArray(t.start) && t.start.length === 2) return { rv: t.rv, start: t.start };
  } catch {
    // fall through
  }
  throw badRequest('continue key is not valid: malformed token; start the list again without continue');
}

/**
 * One page of a list: objects sorted by namespace then name (as the store lists
 * them), filtered, cut at `limit`, continuing after the last key of the
 * previous page. Pages are not a snapshot: later pages show later writes.
 */
export function pageOf(sorted: KubeObject[], filter: ObjectFilter, currentRv: string, limitParam: string | null, continueParam: string | null): ListPage {
  const limit = limitParam ? Number(limitParam) : 0;
  if (!Number.isInteger(limit) || limit < 0) throw badRequest(`limit must be a non-negative integer, got "${limitParam}"`);
  const token = continueParam ? decodeContinue(continueParam) : undefined;
  let items = sorted.filter((o) => matchesFilter(filter, o));
  if (token) items = items.filter((o) => after(o, token.start));
  const resourceVersion = token?.rv ?? currentRv;
  if (limit === 0 || items.length <= limit) return { items, resourceVersion };
  const page = items.slice(0, limit);
  return {
    items: page,
    resourceVersion,
    continueToken: encodeContinue({ rv: resourceVersion, start: keyOf(page[page.length - 1]) }),
    remainingItemCount: items.length - limit,
  };
}
