import { ApiError } from '../errors';
import { findType } from '../resources';
import type { ResourceType } from '../resources/types';

/** A request for a resource, parsed from its path (`/apis/G/V/namespaces/NS/PLURAL/NAME/SUB`). */
export interface ResourceRequest {
  type: ResourceType;
  namespace?: string;
  name?: string;
  subresource?: string;
  /** The legacy `/watch/` path prefix. */
  watchPath: boolean;
}

export const notServed = (path: string) =>
  new ApiError(404, 'NotFound', `the server could not find the requested resource (${path})`, {});

/**
 * Parses a resource path; undefined when it is not one (discovery, openapi…).
 * Throws 404 for a resource the engine does not serve.
 */
export function parseResourcePath(pathname: string): ResourceRequest | undefined {
  const segs = pathname.split('/').filter((s) => s !== '').map(decodeURIComponent);
  let group: string;
  let version: string;
  let rest: string[];
  if (segs[0] === 'api' && segs.length >= 3) {
    [group, version, rest] = ['', segs[1], segs.slice(2)];
  } else if (segs[0] === 'apis' && segs.length >= 4) {
    [group, version, rest] = [segs[1], segs[2], segs.slice(3)];
  } else {
    return undefined;
  }
  let watchPath = false;
  if (rest[0] === 'watch') {
    watchPath = true;
    rest = rest.slice(1);
  }
  let namespace: string | undefined;
  // `/namespaces/NS/PLURAL…` scopes to a namespace, unless it addresses the namespace itself (`/namespaces/NS[/status]`).
  const namespaceItself = group === '' && rest[0] === 'namespaces' && (rest.length <= 2 || rest[2] === 'status' || rest[2] === 'finalize');
  if (rest[0] === 'namespaces' && rest.length >= 3 && !namespaceItself) {
    namespace = rest[1];
    rest = rest.slice(2);
  }
  if (rest.length === 0 || rest.length > 3) throw notServed(pathname);
  const [plural, name, subresource] = rest;
  const type = findType(group, plural);
  if (!type || type.version !== version) throw notServed(pathname);
  if (namespace !== undefined && !type.namespaced) throw notServed(pathname);
  if (subresource !== undefined && !type.subresources?.includes(subresource)) throw notServed(pathname);
  return { type, namespace, name, subresource, watchPath };
}
