import { apiServerSourceFieldOf, apiServerSourceFrom, apiServerSourceSchema } from '@/lib/schemas/apiserver-source';
import { formRoute } from '@/server/forms/form-route';

export const POST = formRoute({ schema: apiServerSourceSchema, kind: 'apiserversources', build: apiServerSourceFrom, fieldOf: apiServerSourceFieldOf });
