import 'server-only';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { engineKubeconfigPath } from '@/server/kube/kubeconfig';

/**
 * The embedded engine's "registry": images built here are directories,
 * `<dataDir>/images/NS/NAME/<commit>/` with the app under `app/` and an
 * `image.json` the engine's runtime reads (server/engine/runtime/local-images.ts).
 * Their reference is `images.engine.local/NS/NAME:<12-char commit>`.
 */
export const LOCAL_IMAGE_HOST = 'images.engine.local';

export interface ImageConfig {
  runtime: string;
  command: string[];
  /** Relative to the image dir. */
  workingDir: string;
  env: Record<string, string>;
  commit: string;
  ref: string;
  url: string;
  contextDir: string;
  builtAt: string;
}

/** The data dir the console shares with the engine (where the engine's kubeconfig is). */
export const consoleDataDir = () => path.dirname(engineKubeconfigPath());

export const imageRepoDir = (dataDir: string, namespace: string, name: string) => path.join(dataDir, 'images', namespace, name);
export const imageDir = (dataDir: string, namespace: string, name: string, commit: string) => path.join(imageRepoDir(dataDir, namespace, name), commit);
export const imageRef = (namespace: string, name: string, commit: string) => `${LOCAL_IMAGE_HOST}/${namespace}/${name}:${commit.slice(0, 12)}`;

/** A build's work dir beside the images (same file system, so publishing is a rename). */
export async function stagingDir(dataDir: string, namespace: string, name: string, buildId: string): Promise<string> {
  const repo = imageRepoDir(dataDir, namespace, name);
  const dir = path.join(repo, `.build-${buildId}`);
  // One build per service at a time: any other work dir is left from a console that stopped mid-build.
  const stale = await readdir(repo).catch(() => [] as string[]);
  await Promise.all(stale.filter((d) => d.startsWith('.build-')).map((d) => rm(path.join(repo, d), { recursive: true, force: true })));
  await mkdir(dir, { recursive: true });
  return dir;
}

/**
 * Moves a finished build into place under its commit. A rebuild of the same
 * commit replaces the old directory in one rename (running pods keep theirs).
 * Returns whether an image of that commit existed before.
 */
export async function publishImage(staging: string, config: ImageConfig, target: string): Promise<{ replaced: boolean }> {
  await writeFile(path.join(staging, 'image.json'), `${JSON.stringify(config, null, 2)}\n`);
  const old = `${staging}.old`;
  let replaced = false;
  try {
    await rename(target, old);
    replaced = true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  await rename(staging, target);
  if (replaced) await rm(old, { recursive: true, force: true });
  return { replaced };
}

/** Removes one image, and the service's image folder when it was the last. */
export async function removeImage(dir: string) {
  await rm(dir, { recursive: true, force: true });
  const repo = path.dirname(dir);
  try {
    if ((await readdir(repo)).length === 0) await rm(repo, { recursive: true, force: true });
  } catch {
    // already gone
  }
}
