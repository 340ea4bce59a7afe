import { buildParamsSchema } from '@/lib/schemas/import-git';
import { readBuild } from '@/server/builds/build-runs';
import { route } from '@/server/http/route';

/** A build's record: phase, message and log lines. */
export const GET = route({ params: buildParamsSchema }, async ({ params }) => readBuild(params.namespace, params.id));
