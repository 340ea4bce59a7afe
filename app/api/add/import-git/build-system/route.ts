import { detectBuildSystem } from '@/server/builds/build-system';
import { route } from '@/server/http/route';

/** Which build system Import from Git will use here, so the form can say so before the user fills it in. */
export const GET = route({}, () => detectBuildSystem());
