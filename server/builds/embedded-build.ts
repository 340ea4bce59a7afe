import 'server-only';
import { readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { isProgressUpdate } from '@/lib/builds/log-lines';
import type { BuildPhase } from '@/lib/builds/types';
import { planBuild } from '@/lib/git/build-plan';
import { detectRuntimes, type RuntimeId } from '@/lib/git/detect-runtime';
import { describeGitFailure } from '@/lib/git/git-errors';
import type { GitSource } from '@/lib/schemas/import-git';
import { nodeId } from '@/lib/topology/ids';
import { toStatus } from '@/server/kube/status';
import type { BuildRun } from './build-runs';
import { GitCommandError, type GitRemote } from './git-cli';
import { consoleDataDir, imageDir, imageRef, publishImage, removeImage, stagingDir, type ImageConfig } from './image-store';
import { fetchRef, type CheckedOutRef } from './repo';
import { canRun, runStep } from './run-step';
import { waitForReady } from './service';

const INSTALL_TIMEOUT_MS = 10 * 60_000;
const READY_TIMEOUT_MS = 120_000;

export interface EmbeddedJob {
  run: BuildRun;
  remote: GitRemote;
  ref: CheckedOutRef;
  contextDir: string;
  runtime?: RuntimeId;
  /** Creates the service, or gives the existing one the new image; rejects with the API's Status. */
  deploy(image: string, source: GitSource): Promise<unknown>;
}

/** A failure the user can act on, with the phase it happened in. */
class BuildFailure extends Error {}

const fail = (message: string): never => {
  throw new BuildFailure(message);
};

/** What build commands see: enough to run npm/pip, none of the console's own settings. */
function buildEnv(extra: Record<string, string>): Record<string, string> {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'http_proxy', 'https_proxy', 'no_proxy', 'HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY'];
  return { ...Object.fromEntries(keep.filter((k) => process.env[k]).map((k) => [k, process.env[k]!])), ...extra, npm_config_update_notifier: 'false', npm_config_fund: 'false' };
}

const readIfPresent = (file: string) => readFile(file, 'utf8').catch(() => undefined);

/**
 * Clone → install → publish the image → deploy → wait for Ready, on the
 * embedded engine. Nothing is left half-made: a failed build leaves no image
 * and no service; a refused create removes the image it built.
 */
export async function runEmbeddedBuild(job: EmbeddedJob): Promise<void> {
  const { run, remote, ref, contextDir } = job;
  const { namespace, name, url } = run.record;
  const dataDir = consoleDataDir();
  let phase: BuildPhase = 'Cloning';
  let staging: string | undefined;
  try {
    run.update({ phase });
    staging = await stagingDir(dataDir, namespace, name, run.record.id);
    const checkout = path.join(staging, 'checkout');
    run.log(`Cloning ${url} (${ref.kind} ${ref.name})`);
    let commit: string;
    try {
      commit = await fetchRef(remote, ref, checkout, { checkout: true, onLine: (l) => { if (!isProgressUpdate(l)) run.log(l); } });
    } catch (err) {
      throw err instanceof GitCommandError ? new BuildFailure(describeGitFailure(err.stderr, url)) : err;
    }
    run.update({ commit });
    run.log(`Checked out ${commit}`);

    const source = path.join(checkout, contextDir);
    if (!(await stat(source).catch(() => undefined))?.isDirectory()) fail(`The context dir "${contextDir}" is not a directory at ${commit.slice(0, 7)}`);
    const appDir = path.join(staging, 'app');
    await rename(source, appDir);
    await rm(checkout, { recursive: true, force: true });
    await rm(path.join(appDir, '.git'), { recursive: true, force: true });

    // Working out how to install and start the app is part of the install step.
    phase = 'Installing';
    run.update({ phase });
    const files = await readdir(appDir);
    const runtime = job.runtime ?? detectRuntimes(files)[0]?.id;
    if (!runtime) fail(`No runtime detected in ${contextDir || 'the repository root'}: no package.json, requirements.txt, pyproject.toml, go.mod, pom.xml or Dockerfile.`);
    const plan = planBuild(runtime!, { files, packageJson: await readIfPresent(path.join(appDir, 'package.json')), procfile: await readIfPresent(path.join(appDir, 'Procfile')), requirements: await readIfPresent(path.join(appDir, 'requirements.txt')) });
    if ('error' in plan) fail(plan.error);
    const { install, command, env } = plan as Exclude<typeof plan, { error: string }>;

    run.update({ runtime });
    run.log(`Runtime ${runtime}${job.runtime ? ' (chosen)' : ' (detected)'}; the app starts with: ${command.join(' ')}`);
    const stepEnv = buildEnv({});
    if (!install) run.log('No dependencies to install.');
    else if (install[0] === 'python3' && !(await canRun(['python3', '-m', 'pip', '--version'], stepEnv))) {
      run.log('pip is not available on this machine: the packages in requirements.txt were not installed.');
    } else {
      try {
        await runStep(install, { cwd: appDir, env: stepEnv, timeoutMs: INSTALL_TIMEOUT_MS, onLine: (l) => run.log(l) });
      } catch (err) {
        fail(`Installing dependencies failed: ${(err as Error).message}`);
      }
    }

    const config: ImageConfig = { runtime: runtime!, command, workingDir: 'app', env, commit, ref: ref.name, url, contextDir, builtAt: new Date().toISOString() };
    const target = imageDir(dataDir, namespace, name, commit);
    await publishImage(staging, config, target);
    staging = undefined;
    const image = imageRef(namespace, name, commit);
    run.log(`Built image ${image} (runs: ${command.join(' ')})`);

    phase = 'Deploying';
    run.update({ phase, image });
    try {
      await job.deploy(image, { url, ref: ref.name, commit, contextDir, runtime: runtime! });
    } catch (err) {
      if (run.record.kind === 'create') await removeImage(target);
      fail(`The service was not ${run.record.kind === 'create' ? 'created' : 'updated'}: ${toStatus(err).message}`);
    }
    run.update({ nodeId: nodeId('Service', namespace, name) });
    run.log(`Service ${name} ${run.record.kind === 'create' ? 'created' : 'updated'}; waiting for it to be Ready`);
    const ready = await waitForReady(namespace, name, READY_TIMEOUT_MS, (m) => run.log(`Waiting: ${m}`));
    if (ready?.ready) {
      run.log(`Ready at ${ready.url ?? name}`);
      run.update({ phase: 'Succeeded', message: `Ready at ${ready.url ?? name}` });
    } else if (ready) {
      fail(`Deployed, but the service is not Ready: ${ready.reason}${ready.message ? `: ${ready.message}` : ''}`);
    } else {
      run.update({ phase: 'Succeeded', message: `Deployed; the service is not Ready after ${READY_TIMEOUT_MS / 1000}s. See its pods and logs.` });
    }
  } catch (err) {
    const message = err instanceof BuildFailure ? err.message : `Unexpected error: ${(err as Error).message}`;
    if (!(err instanceof BuildFailure)) console.error('[builds]', run.record.id, err);
    run.log(message);
    run.update({ phase: 'Failed', failedIn: phase, message });
  } finally {
    if (staging) await rm(staging, { recursive: true, force: true }).catch(() => undefined);
  }
}
