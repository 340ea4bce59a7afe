import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';

/**
 * The engine's kubeconfig: one cluster, one user with the bearer token, context
 * `engine` in namespace `default`. Plain http, so `insecure-skip-tls-verify`
 * keeps client-node from insisting on a CA. Written atomically, mode 0600.
 */
export function kubeconfigYaml(server: string, token: string): string {
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: 'engine', cluster: { server, 'insecure-skip-tls-verify': true } }],
    users: [{ name: 'engine', user: { token } }],
    contexts: [{ name: 'engine', context: { cluster: 'engine', user: 'engine', namespace: 'default' } }],
    'current-context': 'engine',
    preferences: {},
  });
}

export function writeKubeconfig(dataDir: string, server: string, token: string): string {
  const file = path.join(dataDir, 'kubeconfig');
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, kubeconfigYaml(server, token), { mode: 0o600 });
  renameSync(tmp, file);
  return file;
}
