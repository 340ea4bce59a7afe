import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Program } from './programs';

/**
 * Images built on this machine (Import from Git) live in a registry-like
 * directory instead of a registry: `images.engine.local/NS/NAME:SHORTSHA` is
 * `<dataDir>/images/NS/NAME/<commit sha>/` holding the app and an `image.json`
 * `{runtime, command, workingDir, env?, commit, ...}`. The console writes that
 * directory; the engine only reads it, so the two meet over files, not code.
 */
export const LOCAL_IMAGE_HOST = 'images.engine.local';

export const RUN_COMMAND = path.join(import.meta.dirname, 'run-command.mjs');

const label = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const shortSha = /^[0-9a-f]{7,40}$/;

export type LocalImage = { program: Program } | { error: string };

/** `images.engine.local/ns/name:abc1234` → its parts, or undefined for any other image. */
export function parseLocalImage(image: string): { namespace: string; name: string; tag: string } | { error: string } | undefined {
  const ref = image.split('@')[0];
  if (!ref.startsWith(`${LOCAL_IMAGE_HOST}/`)) return undefined;
  const m = /^([^/]+)\/([^/:]+):(.+)$/.exec(ref.slice(LOCAL_IMAGE_HOST.length + 1));
  if (!m || !label.test(m[1]) || !label.test(m[2]) || !shortSha.test(m[3])) {
    return { error: `invalid reference "${image}": expected ${LOCAL_IMAGE_HOST}/NAMESPACE/NAME:COMMIT` };
  }
  return { namespace: m[1], name: m[2], tag: m[3] };
}

/**
 * The program a local image runs (its command in its working directory), or
 * why it can't be "pulled"; undefined when the image is not a local one.
 */
export function resolveLocalImage(dataDir: string, image: string): LocalImage | undefined {
  const ref = parseLocalImage(image);
  if (!ref || 'error' in ref) return ref;
  const repoDir = path.join(dataDir, 'images', ref.namespace, ref.name);
  const notFound = { error: `failed to pull image "${image}": not found in the engine's image store (${repoDir}); rebuild it with Import from Git` };
  if (!existsSync(repoDir)) return notFound;
  const dirs = readdirSync(repoDir).filter((d) => !d.startsWith('.') && d.startsWith(ref.tag));
  if (dirs.length === 0) return notFound;
  if (dirs.length > 1) return { error: `failed to pull image "${image}": the short commit ${ref.tag} is ambiguous` };
  const imageDir = path.join(repoDir, dirs[0]);
  let config: { command?: unknown; workingDir?: unknown; env?: unknown };
  try {
    config = JSON.parse(readFileSync(path.join(imageDir, 'image.json'), 'utf8'));
  } catch (err) {
    return { error: `failed to pull image "${image}": unreadable image.json in ${imageDir}: ${(err as Error).message}` };
  }
  const { command, workingDir, env } = config;
  if (!Array.isArray(command) || command.length === 0 || !command.every((c) => typeof c === 'string' && c)) {
    return { error: `image "${image}" has no command to run (image.json "command")` };
  }
  const cwd = path.resolve(imageDir, typeof workingDir === 'string' ? workingDir : '.');
  if (cwd !== imageDir && !cwd.startsWith(imageDir + path.sep)) {
    return { error: `image "${image}": workingDir ${String(workingDir)} is outside the image` };
  }
  const imageEnv = env && typeof env === 'object' ? Object.fromEntries(Object.entries(env).filter(([, v]) => typeof v === 'string')) : {};
  return { program: { programPath: RUN_COMMAND, args: command as string[], cwd, env: imageEnv as Record<string, string> } };
}
