import { pingSourceFieldOf, pingSourceFrom, pingSourceSchema } from '@/lib/schemas/ping-source';
import { formRoute } from '@/server/forms/form-route';

export const POST = formRoute({ schema: pingSourceSchema, kind: 'pingsources', build: pingSourceFrom, fieldOf: pingSourceFieldOf });
