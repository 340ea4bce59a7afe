import 'server-only';
import type { BuildRecord } from '@/lib/builds/types';
import { isEmbeddedRuntime, type RuntimeId } from '@/lib/git/detect-runtime';
import { gitAnnotations, gitSourceOf, knativeServiceFromGit, normalizeContextDir, GIT_ANNOTATIONS, type ImportGit } from '@/lib/schemas/import-git';
import { getResource } from '@/server/kube/client';
import { StatusError } from '@/server/kube/status';
import { startBuildRun } from './build-runs';
import { detectBuildSystem } from './build-system';
import { runEmbeddedBuild } from './embedded-build';
import { imageRef } from './image-store';
import { fieldError, resolveRemoteRef, vetGitUrl } from './inspect';
import type { CheckedOutRef } from './repo';
import { asFormError, createService, dryRunCreate, serviceExists, setServiceImage } from './service';
import { runShipwrightBuild } from './shipwright-build';

/**
 * Import from Git: everything the user can fix is checked before the build
 * starts (build system, name, URL, ref, runtime, the service itself as a dry
 * run); then the build runs in the background and the answer is its record,
 * which the progress view follows.
 */
export async function startImport(input: ImportGit): Promise<BuildRecord> {
  const system = await detectBuildSystem();
  if (system.kind === 'none') throw new StatusError(422, 'Invalid', system.message);
  const { namespace, name } = input;
  if (await serviceExists(namespace, name)) {
    const message = `A Service named "${name}" already exists in ${namespace}: choose another name`;
    throw new StatusError(409, 'AlreadyExists', message, [{ field: 'name', message, reason: 'FieldValueDuplicate' }]);
  }
  const url = input.gitUrl.trim();
  const contextDir = normalizeContextDir(input.contextDir);
  const { remote } = await vetGitUrl(url, system.allowLocal);
  const { resolved } = await resolveRemoteRef(url, remote, input.ref);
  const ref = resolved as CheckedOutRef;
  if (system.kind === 'embedded' && input.runtime && !isEmbeddedRuntime(input.runtime)) {
    throw fieldError('runtime', 'The embedded engine runs apps as processes, without a container runtime: it builds Node.js and Python apps only. Deploy this one on a cluster with Shipwright.');
  }
  if (system.kind === 'shipwright' && !input.outputImage?.trim()) {
    throw fieldError('outputImage', 'Required on a cluster: the image the build pushes, e.g. registry.example.com/team/app');
  }
  const source = { url, ref: ref.name, commit: ref.commit, contextDir, runtime: input.runtime ?? '' };
  const placeholder = system.kind === 'embedded' ? imageRef(namespace, name, '0'.repeat(12)) : input.outputImage!.trim();
  await dryRunCreate(knativeServiceFromGit(input, placeholder, source));

  const run = startBuildRun({ namespace, name, kind: 'create', system: system.kind, url, ref: ref.name });
  const deploy = async (image: string, src: typeof source) => {
    try {
      return await createService(knativeServiceFromGit(input, image, src, system.kind === 'shipwright' ? name : undefined));
    } catch (err) {
      throw asFormError(err);
    }
  };
  const snapshot = run.snapshot();
  if (system.kind === 'embedded') void runEmbeddedBuild({ run, remote, ref, contextDir, runtime: input.runtime, deploy });
  else void runShipwrightBuild({ run, revision: input.ref?.trim() ?? '', contextDir, outputImage: input.outputImage!.trim(), strategy: system.strategy, deploy });
  return snapshot;
}

/**
 * "Redeploy from Git": builds the latest commit of the ref the service was
 * imported from, and gives the service the new image (a new revision).
 */
export async function startRedeploy(namespace: string, name: string): Promise<BuildRecord> {
  const service = await getResource('services', namespace, name);
  const src = gitSourceOf(service);
  if (!src) throw new StatusError(400, 'BadRequest', `Service ${name} was not imported from Git (it has no ${GIT_ANNOTATIONS.url} annotation).`);
  const system = await detectBuildSystem();
  if (system.kind === 'none') throw new StatusError(422, 'Invalid', system.message);
  const { remote } = await vetGitUrl(src.url, system.allowLocal);
  const { resolved } = await resolveRemoteRef(src.url, remote, src.ref);
  const ref = resolved as CheckedOutRef;
  const run = startBuildRun({ namespace, name, kind: 'redeploy', system: system.kind, url: src.url, ref: ref.name });
  run.log(`Redeploying ${name} from ${src.url} (${ref.kind} ${ref.name}); it runs ${src.commit.slice(0, 7) || 'an unknown commit'} now, the ref is at ${ref.commit.slice(0, 7)}`);
  const deploy = (image: string, next: typeof src) => setServiceImage(namespace, name, image, gitAnnotations(next, system.kind === 'shipwright' ? name : undefined));
  const snapshot = run.snapshot();
  if (system.kind === 'embedded') {
    const runtime = ['nodejs', 'python'].includes(src.runtime) ? (src.runtime as RuntimeId) : undefined;
    void runEmbeddedBuild({ run, remote, ref, contextDir: src.contextDir, runtime, deploy });
  } else {
    const image = ((service.spec?.template as { spec?: { containers?: { image?: string }[] } })?.spec?.containers?.[0]?.image ?? '').split('@')[0];
    void runShipwrightBuild({ run, revision: src.ref, contextDir: src.contextDir, outputImage: image, strategy: system.strategy, deploy });
  }
  return snapshot;
}
