/**
 * Container image references, with the grammar of distribution/reference
 * (`[registry[:port]/]path[:tag][@digest]`), the rules Docker and every
 * registry apply — so a reference accepted here is one a cluster can pull.
 */
export interface ImageReference {
  /** Registry host (with port), when the reference names one. */
  domain?: string;
  /** Repository path, e.g. `knative/helloworld`. */
  path: string;
  tag?: string;
  digest?: string;
}

export type ParsedImage = { ok: true; ref: ImageReference } | { ok: false; error: string };

const alphaNumeric = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const pathComponent = `${alphaNumeric}(?:${separator}${alphaNumeric})*`;
const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const domain = `(?:${domainComponent}(?:\\.${domainComponent})*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?`;

const pathRe = new RegExp(`^${pathComponent}(?:/${pathComponent})*$`);
const domainRe = new RegExp(`^${domain}$`);
const tagRe = /^[\w][\w.-]{0,127}$/;
const digestRe = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const NAME_TOTAL_LENGTH_MAX = 255;

/** Parses an image reference; errors read like `docker pull`'s. */
export function parseImageReference(input: string): ParsedImage {
  const s = input.trim();
  if (!s) return { ok: false, error: 'Required: an image reference such as docker.io/library/nginx:1.27' };
  if (/\s/.test(s)) return { ok: false, error: 'invalid reference format: spaces are not allowed' };

  let rest = s;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!digestRe.test(digest)) {
      return { ok: false, error: `invalid digest "${digest}": expected algorithm:hex, e.g. sha256: and at least 32 hex digits` };
    }
  }

  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!tagRe.test(tag)) {
      return { ok: false, error: `invalid tag "${tag}": letters, digits, '_', '.' and '-' (not first), at most 128 characters` };
    }
  }

  let domainPart: string | undefined;
  const firstSlash = rest.indexOf('/');
  if (firstSlash >= 0) {
    const first = rest.slice(0, firstSlash);
    if (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase()) {
      domainPart = first;
      rest = rest.slice(firstSlash + 1);
      if (!domainRe.test(domainPart)) return { ok: false, error: `invalid registry "${domainPart}"` };
    }
  }

  if (!rest) return { ok: false, error: 'invalid reference format: the repository name is missing' };
  if (rest !== rest.toLowerCase()) return { ok: false, error: 'invalid reference format: repository name must be lowercase' };
  if (!pathRe.test(rest)) {
    return {
      ok: false,
      error: `invalid repository "${rest}": path components are lowercase letters and digits, separated by '.', '_', '__' or '-', joined by '/'`,
    };
  }
  const nameLength = (domainPart ? domainPart.length + 1 : 0) + rest.length;
  if (nameLength > NAME_TOTAL_LENGTH_MAX) {
    return { ok: false, error: `repository name must not be more than ${NAME_TOTAL_LENGTH_MAX} characters` };
  }
  return { ok: true, ref: { domain: domainPart, path: rest, tag, digest } };
}

/**
 * A DNS-1123 label for a workload named after its image, the way OpenShift's
 * Deploy Image names it: the repository's last component, lowercased, with
 * anything else turned into '-', at most 63 characters.
 */
export function nameFromImage(input: string): string {
  const parsed = parseImageReference(input);
  const path = parsed.ok ? parsed.ref.path : input.split(/[@:]/)[0];
  const last = path.split('/').filter(Boolean).pop() ?? '';
  return last
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .slice(0, 63)
    .replace(/-+$/, '');
}
