/**
 * A Knative Service name from a Git URL, as the console suggests it: the
 * repository's last path segment without `.git`, as a DNS-1123 label.
 */
export function nameFromGitUrl(input: string): string {
  const trimmed = input.trim().replace(/[?#].*$/, '').replace(/\/+$/, '');
  const last = trimmed.split(/[/:]/).filter(Boolean).pop() ?? '';
  const name = last
    .replace(/\.git$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .slice(0, 63)
    .replace(/[^a-z0-9]+$/, '');
  return name;
}
