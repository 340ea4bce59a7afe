import type { Store } from '../store/store';
import { findTypeByKind } from '../resources';
import { groupResource } from '../resources/types';

/** Knative's duck Destination: a reference to an Addressable, or a URI, or both (URI relative to the ref). */
export interface Destination {
  ref?: { apiVersion: string; kind: string; name: string; namespace?: string };
  uri?: string;
  CACerts?: string;
  audience?: string;
}

export type Resolved = { uri: string } | { error: string; reason: string };

/**
 * Resolves a Destination to a URL the way Knative's URIResolver does: a ref must
 * be an Addressable with `status.address.url` (Services, Brokers, Channels,
 * Sequences, Parallels); a URI alone is taken as is, and with a ref it is
 * resolved against the ref's address.
 */
export function resolveDestination(store: Store, namespace: string, dest: Destination | undefined): Resolved {
  if (!dest || (!dest.ref && !dest.uri)) {
    return { error: 'expected at least one, got none: ref, uri', reason: 'EmptyDestination' };
  }
  if (!dest.ref) return { uri: dest.uri! };
  const { apiVersion, kind, name } = dest.ref;
  const type = findTypeByKind(apiVersion, kind);
  if (!type) {
    return { error: `${kind}.${apiVersion} is not a kind this engine knows`, reason: 'NotAddressable' };
  }
  const obj = store.get(groupResource(type), dest.ref.namespace ?? namespace, name);
  if (!obj) {
    return { error: `failed to get object ${dest.ref.namespace ?? namespace}/${name}: ${type.plural} "${name}" not found`, reason: 'NotFound' };
  }
  const address: string | undefined = obj.status?.address?.url;
  if (!address) return { error: `address not set for ${kind} ${name}`, reason: 'AddressNotSet' };
  return { uri: dest.uri ? new URL(dest.uri, address).toString() : address };
}
