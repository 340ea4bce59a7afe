import { z } from 'zod';
import { refFormatError } from '../git/refs';
import { parseImageReference } from '../validation/image-reference';
import { dns1123LabelError } from '../validation/names';
import { envVarSchema, scalingSchema, type DeployImage } from './deploy-image';
import { knativeServiceFromImage } from './knative-service-from-image';

/** Where a Git-built service came from, recorded on the Knative Service (and read by "Redeploy from Git"). */
export const GIT_ANNOTATIONS = {
  url: 'console.serverless.dev/git-url',
  ref: 'console.serverless.dev/git-ref',
  commit: 'console.serverless.dev/git-commit',
  contextDir: 'console.serverless.dev/git-context-dir',
  runtime: 'console.serverless.dev/runtime',
  /** On a cluster: the Shipwright Build that makes its image. */
  build: 'console.serverless.dev/build',
} as const;

export const RUNTIME_IDS = ['nodejs', 'python', 'go', 'java', 'dockerfile'] as const;

const check = (fn: (v: string) => string | undefined) =>
  z.string().superRefine((v, ctx) => {
    const error = fn(v);
    if (error) ctx.addIssue({ code: 'custom', message: error });
  });

/** A directory inside the repository: relative, no `..`, no leading `-`; '' is the root. */
export function contextDirError(dir: string): string | undefined {
  const d = dir.trim();
  if (!d) return undefined;
  if (d.startsWith('/')) return 'The context dir is a path inside the repository, e.g. services/api (no leading /)';
  if (d.startsWith('-') || d.split('/').some((p) => p === '..')) return 'The context dir must stay inside the repository';
  if (/[\0\\]/.test(d)) return 'Not a valid directory path';
  return undefined;
}

export const normalizeContextDir = (dir: string) => dir.trim().replace(/^\.\/?/, '').replace(/\/+$/, '').replace(/\/{2,}/g, '/');

export const importGitSchema = z.object({
  namespace: check(dns1123LabelError),
  name: check(dns1123LabelError),
  gitUrl: z.string().trim().min(1, 'Required: a Git repository URL, e.g. https://github.com/org/repo'),
  ref: check((v) => (v.trim() ? refFormatError(v.trim()) : undefined)).optional(),
  contextDir: check(contextDirError).default(''),
  /** Overrides what was detected. */
  runtime: z.enum(RUNTIME_IDS).optional(),
  application: z.string().max(63).optional(),
  env: z.array(envVarSchema).default([]),
  scaling: scalingSchema.default({}),
  /** On a cluster: where the build pushes the image (e.g. registry.example.com/team/app). */
  outputImage: check((v) => {
    if (!v.trim()) return undefined;
    const parsed = parseImageReference(v);
    return parsed.ok ? undefined : parsed.error;
  }).optional(),
});

export type ImportGitInput = z.input<typeof importGitSchema>;
export type ImportGit = z.output<typeof importGitSchema>;

/** Redeploy: the service to rebuild from the ref its annotations record. */
export const redeployGitSchema = z.object({ namespace: check(dns1123LabelError), name: check(dns1123LabelError) });

export interface GitSource {
  url: string;
  ref: string;
  commit: string;
  contextDir: string;
  runtime: string;
}

/** The git annotations of a built service. */
export function gitAnnotations(src: GitSource, build?: string): Record<string, string> {
  return {
    [GIT_ANNOTATIONS.url]: src.url,
    [GIT_ANNOTATIONS.ref]: src.ref,
    [GIT_ANNOTATIONS.commit]: src.commit,
    ...(src.contextDir ? { [GIT_ANNOTATIONS.contextDir]: src.contextDir } : {}),
    [GIT_ANNOTATIONS.runtime]: src.runtime,
    ...(build ? { [GIT_ANNOTATIONS.build]: build } : {}),
  };
}

/** The service's git source, when it was imported from Git. */
export function gitSourceOf(obj: { metadata: { annotations?: Record<string, string> } }): GitSource | undefined {
  const a = obj.metadata.annotations ?? {};
  if (!a[GIT_ANNOTATIONS.url]) return undefined;
  return { url: a[GIT_ANNOTATIONS.url], ref: a[GIT_ANNOTATIONS.ref] ?? '', commit: a[GIT_ANNOTATIONS.commit] ?? '', contextDir: a[GIT_ANNOTATIONS.contextDir] ?? '', runtime: a[GIT_ANNOTATIONS.runtime] ?? '' };
}

/**
 * The Knative Service for a built image: the Deploy Image mapping (env, scaling,
 * application) plus annotations recording the Git source on the service only,
 * so a redeploy of the same commit changes no revision.
 */
export function knativeServiceFromGit(input: ImportGit, image: string, src: GitSource, build?: string) {
  const asImage: DeployImage = {
    namespace: input.namespace,
    name: input.name,
    image,
    application: input.application,
    env: input.env,
    scaling: input.scaling,
    resources: { requests: {}, limits: {} },
    labels: {},
    annotations: {},
  };
  const ksvc = knativeServiceFromImage(asImage);
  return { ...ksvc, metadata: { ...ksvc.metadata, annotations: gitAnnotations(src, build) } };
}

/** What the form sends to look at a repository while the user types. */
export const inspectGitSchema = z.object({
  gitUrl: z.string().trim().min(1, 'Required: a Git repository URL, e.g. https://github.com/org/repo'),
  ref: check((v) => (v.trim() ? refFormatError(v.trim()) : undefined)).optional(),
  contextDir: check(contextDirError).default(''),
});

export const buildParamsSchema = z.object({ namespace: check(dns1123LabelError), id: z.string().regex(/^[a-z0-9-]{1,80}$/, 'not a build id') });
