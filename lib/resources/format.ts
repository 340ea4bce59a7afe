import type { Destination } from './types';

/**
 * kubectl's age format (k8s.io/apimachinery duration.HumanDuration): two units while
 * they add information, one unit after that.
 */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 0) return '0s';
  if (seconds < 60 * 2) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) {
    const s = seconds % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 60 * 3) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) {
    const h = hours % 24;
    const days = Math.floor(hours / 24);
    return h === 0 ? `${days}d` : `${days}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24)}d`;
  if (hours < 24 * 365 * 8) {
    const years = Math.floor(hours / 24 / 365);
    const days = Math.floor(hours / 24) % 365;
    return days === 0 ? `${years}y` : `${years}y${days}d`;
  }
  return `${Math.floor(hours / 24 / 365)}y`;
}

/** Age of an object from its creationTimestamp; '' when it has none. */
export function age(timestamp: string | undefined, now: number = Date.now()): string {
  if (!timestamp) return '';
  const t = Date.parse(timestamp);
  return Number.isNaN(t) ? '' : humanDuration(now - t);
}

const kindPrefix: Record<string, string> = {
  Service: 'ksvc',
  Broker: 'broker',
  Channel: 'channel',
  InMemoryChannel: 'imc',
  Sequence: 'sequence',
  Parallel: 'parallel',
};

/** A sink as kn prints it: `ksvc:hello`, `broker:default`, or the URI. */
export function formatDestination(d: Destination | undefined): string {
  if (!d) return '';
  if (d.ref) {
    const prefix = kindPrefix[d.ref.kind] ?? d.ref.kind.toLowerCase();
    const ref = `${prefix}:${d.ref.name}`;
    return d.uri ? `${ref}${d.uri.startsWith('/') ? '' : '/'}${d.uri}` : ref;
  }
  return d.uri ?? '';
}
