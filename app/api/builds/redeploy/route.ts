import { redeployGitSchema } from '@/lib/schemas/import-git';
import { startRedeploy } from '@/server/builds/import-git';
import { route } from '@/server/http/route';

/** "Redeploy from Git": builds the latest commit of the service's ref and rolls it out as a new revision. */
export const POST = route({ body: redeployGitSchema }, async ({ body }) => Response.json(await startRedeploy(body.namespace, body.name), { status: 202 }));
