import { containerSourceFieldOf, containerSourceFrom, containerSourceSchema } from '@/lib/schemas/container-source';
import { formRoute } from '@/server/forms/form-route';

export const POST = formRoute({ schema: containerSourceSchema, kind: 'containersources', build: containerSourceFrom, fieldOf: containerSourceFieldOf });
