import { brokerFieldOf, brokerFrom, brokerSchema } from '@/lib/schemas/broker';
import { formRoute } from '@/server/forms/form-route';

export const POST = formRoute({ schema: brokerSchema, kind: 'brokers', build: brokerFrom, fieldOf: brokerFieldOf });
