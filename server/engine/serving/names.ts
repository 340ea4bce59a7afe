import { createHash } from 'node:crypto';

const LONGEST = 63;
const MD5_LEN = 32;
const HEAD = LONGEST - MD5_LEN;

/**
 * knative.dev/pkg/kmeta.ChildName: `parent + suffix`, kept within 63 characters
 * by replacing the tail of a long parent with the md5 of the parent.
 */
export function childName(parent: string, suffix: string): string {
  let n = parent;
  if (parent.length > LONGEST - suffix.length) {
    if (HEAD - suffix.length <= 0) {
      const h = md5(parent + suffix);
      const p = HEAD < parent.length ? parent.slice(0, HEAD) : parent;
      let ret = p + h;
      const d = LONGEST - ret.length;
      if (d > 0) ret += suffix.slice(0, d);
      return ret.replace(/-+$/, '');
    }
    n = parent.slice(0, HEAD - suffix.length) + md5(parent);
  }
  return n + suffix;
}

const md5 = (s: string) => createHash('md5').update(s).digest('hex');

/** `hello` generation 3 → `hello-00003` (pkg/reconciler/configuration/resources/revision.go). */
export const revisionNameFor = (configName: string, generation: number) =>
  childName(configName, `-${String(generation).padStart(5, '0')}`);

export const deploymentNameFor = (revisionName: string) => childName(revisionName, '-deployment');

/** The hosts a route (or one of its tags) answers to. */
export const hostLabel = (routeName: string, tag?: string) => (tag ? `${tag}-${routeName}` : routeName);

export const routeUrl = (routeName: string, namespace: string, ingressPort: number, tag?: string) =>
  `http://${hostLabel(routeName, tag)}.${namespace}.localhost${ingressPort === 80 ? '' : `:${ingressPort}`}`;

export const clusterLocalUrl = (routeName: string, namespace: string, tag?: string) =>
  `http://${hostLabel(routeName, tag)}.${namespace}.svc.cluster.local`;
