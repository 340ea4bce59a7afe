import { z } from 'zod';
import { inspectGitSchema } from '@/lib/schemas/import-git';
import { detectBuildSystem } from '@/server/builds/build-system';
import { inspectRepository } from '@/server/builds/inspect';
import { parseForm } from '@/server/forms/form-route';
import { route } from '@/server/http/route';

/** What a repository holds at a ref: reachability, refs, the context dir's files and the detected runtimes (or why not, at the field). */
export const POST = route({ body: z.unknown() }, async ({ body }) => {
  const input = parseForm(inspectGitSchema, body);
  const system = await detectBuildSystem();
  return inspectRepository({ url: input.gitUrl, ref: input.ref, contextDir: input.contextDir, allowLocal: system.allowLocal });
});
