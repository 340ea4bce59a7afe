import { channelFieldOf, channelFrom, channelSchema } from '@/lib/schemas/channel';
import { formRoute } from '@/server/forms/form-route';

export const POST = formRoute({ schema: channelSchema, kind: 'channels', build: channelFrom, fieldOf: channelFieldOf });
