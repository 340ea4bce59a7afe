import { sinkBindingFieldOf, sinkBindingFrom, sinkBindingSchema } from '@/lib/schemas/sink-binding';
import { formRoute } from '@/server/forms/form-route';

export const POST = formRoute({ schema: sinkBindingSchema, kind: 'sinkbindings', build: sinkBindingFrom, fieldOf: sinkBindingFieldOf });
