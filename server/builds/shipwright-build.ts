import 'server-only';
import { CustomObjectsApi } from '@kubernetes/client-node';
import { buildRunOutcome, SHIPWRIGHT, shipwrightBuild, shipwrightBuildRun } from '@/lib/builds/shipwright';
import type { GitSource } from '@/lib/schemas/import-git';
import { nodeId } from '@/lib/topology/ids';
import { loadKubeConfig } from '@/server/kube/kubeconfig';
import { toStatus } from '@/server/kube/status';
import type { BuildRun } from './build-runs';
import { waitForReady } from './service';

const BUILD_TIMEOUT_MS = 30 * 60_000;

export interface ShipwrightJob {
  run: BuildRun;
  revision: string;
  contextDir: string;
  outputImage: string;
  strategy: string;
  /** Creates the service, or gives the existing one the new image. */
  deploy(image: string, source: GitSource): Promise<unknown>;
}

type Obj = { metadata: { name: string }; status?: { conditions?: { type: string; status: string; reason?: string; message?: string }[]; output?: { digest?: string }; sources?: { git?: { commitSha?: string } }[] } };

/**
 * On a cluster: a Shipwright Build (kept, so "Redeploy from Git" can run it
 * again) and a BuildRun; the service gets the pushed image once the BuildRun
 * succeeds. A first build that fails takes its Build with it.
 */
export async function runShipwrightBuild(job: ShipwrightJob): Promise<void> {
  const { run } = job;
  const { namespace, name, url } = run.record;
  const custom = loadKubeConfig().kc.makeApiClient(CustomObjectsApi);
  const api = (plural: string) => ({ ...SHIPWRIGHT, namespace, plural });
  let createdBuild = false;
  try {
    run.update({ phase: 'Cloning', message: 'Creating the Shipwright Build' });
    const build = shipwrightBuild({ namespace, name, url, revision: job.revision, contextDir: job.contextDir, outputImage: job.outputImage, strategy: job.strategy });
    try {
      await custom.createNamespacedCustomObject({ ...api('builds'), body: build });
      createdBuild = true;
      run.log(`Created Build ${name} (strategy ${job.strategy}, output ${job.outputImage})`);
    } catch (err) {
      if (toStatus(err).code !== 409) throw err;
      await custom.patchNamespacedCustomObject({ ...api('builds'), name, body: [{ op: 'replace', path: '/spec', value: build.spec }] });
      run.log(`Updated Build ${name}`);
    }
    const created = (await custom.createNamespacedCustomObject({ ...api('buildruns'), body: shipwrightBuildRun(namespace, name) })) as Obj;
    const runName = created.metadata.name;
    run.log(`Created BuildRun ${runName}`);
    run.update({ phase: 'Installing', message: `BuildRun ${runName} is running` });
    const deadline = Date.now() + BUILD_TIMEOUT_MS;
    let last = '';
    let outcome: ReturnType<typeof buildRunOutcome> = { done: false };
    let current: Obj = created;
    while (Date.now() < deadline) {
      current = (await custom.getNamespacedCustomObject({ ...api('buildruns'), name: runName })) as Obj;
      outcome = buildRunOutcome(current, job.outputImage);
      if (outcome.done) break;
      if (outcome.message && outcome.message !== last) run.log((last = outcome.message));
      await new Promise((r) => setTimeout(r, 3000));
    }
    if (!outcome.done) throw new Error(`BuildRun ${runName} did not finish within ${BUILD_TIMEOUT_MS / 60_000} minutes`);
    if (!outcome.ok) throw new Error(`BuildRun ${runName} failed: ${outcome.message}. Its pod's logs say more (kubectl logs -l buildrun.shipwright.io/name=${runName} --all-containers).`);
    const commit = current.status?.sources?.[0]?.git?.commitSha ?? '';
    run.update({ phase: 'Deploying', image: outcome.image, ...(commit ? { commit } : {}) });
    run.log(`Pushed ${outcome.image}`);
    await job.deploy(outcome.image, { url, ref: job.revision, commit, contextDir: job.contextDir, runtime: 'buildpacks' });
    createdBuild = false;
    run.update({ nodeId: nodeId('Service', namespace, name) });
    const ready = await waitForReady(namespace, name, 180_000, (m) => run.log(`Waiting: ${m}`));
    if (ready && !ready.ready) throw new Error(`Deployed, but the service is not Ready: ${ready.reason}: ${ready.message}`);
    run.update({ phase: 'Succeeded', message: ready?.ready ? `Ready at ${ready.url ?? name}` : 'Deployed; not Ready yet' });
  } catch (err) {
    const message = toStatus(err).message ?? String(err);
    run.log(message);
    if (createdBuild && run.record.kind === 'create') {
      await custom.deleteNamespacedCustomObject({ ...api('builds'), name }).catch(() => undefined);
    }
    run.update({ phase: 'Failed', failedIn: run.record.phase, message });
  }
}
