import path from 'node:path';

/**
 * No container runtime exists on a laptop, so an image is mapped to a Node.js
 * program the pod runs. The sample workload answers for every image unless a
 * more specific program was registered (eventing registers the heartbeats
 * emitter for images ending in `heartbeats`).
 */
export type ImageMatch = string | RegExp | ((image: string) => boolean);

export interface Program {
  /** Absolute path of a plain .mjs/.js entry point (loaded without a TypeScript loader, for fast starts). */
  programPath: string;
  /** The program's arguments (its process.argv.slice(2)); run-command.mjs takes the command to run here. */
  args?: string[];
  /** The pod process's working directory (an image's WORKDIR). */
  cwd?: string;
  /** What the image sets in the environment (a Dockerfile's ENV): the pod's own env overrides it. */
  env?: Record<string, string>;
}

const engineDir = path.resolve(import.meta.dirname, '..');
export const SAMPLE_WORKLOAD = path.join(engineDir, 'workloads', 'sample-workload.mjs');

const registry: { match: ImageMatch; program: Program }[] = [];

/**
 * Registers a program for images matching `match`: a string matches an image
 * whose path (without tag or digest) ends with it; later registrations win.
 */
export function registerProgram(match: ImageMatch, programPath: string) {
  registry.unshift({ match, program: { programPath: path.resolve(programPath) } });
}

/** `ghcr.io/knative/helloworld-go:latest@sha256:…` → `ghcr.io/knative/helloworld-go`. */
export function imagePath(image: string): string {
  const noDigest = image.split('@')[0];
  const lastSlash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  return colon > lastSlash ? noDigest.slice(0, colon) : noDigest;
}

function matches(m: ImageMatch, image: string): boolean {
  if (typeof m === 'function') return m(image);
  if (m instanceof RegExp) return m.test(image);
  return imagePath(image).endsWith(m);
}

export function programFor(image: string): Program {
  return registry.find((r) => matches(r.match, image))?.program ?? { programPath: SAMPLE_WORKLOAD };
}

// Eventing's heartbeat emitter (Knative's heartbeats sample), what ContainerSources usually run.
registerProgram('heartbeats', path.join(engineDir, 'workloads', 'heartbeats.mjs'));
