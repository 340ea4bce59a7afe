import 'server-only';
import { CustomObjectsApi } from '@kubernetes/client-node';
import { pickBuildpacksStrategy, SHIPWRIGHT } from '@/lib/builds/shipwright';
import { clusterMode, loadKubeConfig } from '@/server/kube/kubeconfig';
import { toStatus } from '@/server/kube/status';

/** Where Import from Git can build: the embedded engine, Shipwright on the cluster, or nowhere (and why). */
export type BuildSystem =
  | { kind: 'embedded'; allowLocal: true }
  | { kind: 'shipwright'; allowLocal: false; strategy: string }
  | { kind: 'none'; allowLocal: false; message: string };

/**
 * Discovery, as kubectl does it: shipwright.io/v1beta1 must serve builds and
 * buildruns, and a buildpacks ClusterBuildStrategy must exist to build with.
 */
export async function detectBuildSystem(): Promise<BuildSystem> {
  if (!clusterMode()) return { kind: 'embedded', allowLocal: true };
  const custom = loadKubeConfig().kc.makeApiClient(CustomObjectsApi);
  let plurals: string[];
  try {
    plurals = (await custom.getAPIResources(SHIPWRIGHT)).resources.map((r) => r.name);
  } catch (err) {
    if (toStatus(err).code === 404) {
      return { kind: 'none', allowLocal: false, message: 'No build system is installed on this cluster: Import from Git builds with Shipwright (shipwright.io/v1beta1), whose CRDs were not found. Install Shipwright Build, or build an image yourself and use Deploy Image.' };
    }
    throw err;
  }
  if (!plurals.includes('builds') || !plurals.includes('buildruns')) {
    return { kind: 'none', allowLocal: false, message: 'Shipwright is installed but does not serve builds and buildruns in shipwright.io/v1beta1: upgrade it to v0.12 or later.' };
  }
  let strategies: string[] = [];
  try {
    const list = (await custom.listClusterCustomObject({ ...SHIPWRIGHT, plural: 'clusterbuildstrategies' })) as { items: { metadata: { name: string } }[] };
    strategies = list.items.map((s) => s.metadata.name);
  } catch (err) {
    if (toStatus(err).code !== 403) throw err;
  }
  const strategy = pickBuildpacksStrategy(strategies);
  if (!strategy) {
    return { kind: 'none', allowLocal: false, message: 'Shipwright is installed but has no buildpacks ClusterBuildStrategy: apply its buildpacks-v3 sample strategy, then come back.' };
  }
  return { kind: 'shipwright', allowLocal: false, strategy };
}
