import { z } from 'zod';
import { importGitSchema } from '@/lib/schemas/import-git';
import { startImport } from '@/server/builds/import-git';
import { parseForm } from '@/server/forms/form-route';
import { route } from '@/server/http/route';

/** Import from Git: checks everything the user can fix, then starts the build (202 with its record to follow). */
export const POST = route({ body: z.unknown() }, async ({ body }) => Response.json(await startImport(parseForm(importGitSchema, body)), { status: 202 }));
