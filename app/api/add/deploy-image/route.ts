import { deployImageSchema } from '@/lib/schemas/deploy-image';
import { deployImageFieldOf, knativeServiceFromImage } from '@/lib/schemas/knative-service-from-image';
import { formRoute } from '@/server/forms/form-route';

/** Deploy Image: one Knative Service, as `kn service create NAME --image …` makes it. */
export const POST = formRoute({ schema: deployImageSchema, kind: 'services', build: knativeServiceFromImage, fieldOf: deployImageFieldOf });
