import { z } from 'zod';
import { k8sName } from './common';

/** `kn channel create NAME --type imc|group:version:Kind`: the types the console offers. */
export const CHANNEL_TYPES = {
  imc: { apiVersion: 'messaging.knative.dev/v1', kind: 'InMemoryChannel', label: 'In-memory channel (imc)' },
} as const;

export const channelSchema = z.object({
  namespace: k8sName,
  name: k8sName,
  type: z.enum(Object.keys(CHANNEL_TYPES) as [keyof typeof CHANNEL_TYPES]).default('imc'),
});

export type ChannelInput = z.input<typeof channelSchema>;
export type ChannelForm = z.output<typeof channelSchema>;

export function channelFrom(v: ChannelForm) {
  const t = CHANNEL_TYPES[v.type];
  return {
    apiVersion: 'messaging.knative.dev/v1',
    kind: 'Channel',
    metadata: { name: v.name, namespace: v.namespace },
    spec: { channelTemplate: { apiVersion: t.apiVersion, kind: t.kind } },
  };
}

export function channelFieldOf(apiField: string): string | undefined {
  if (apiField === 'metadata.name') return 'name';
  if (apiField.startsWith('spec.channelTemplate')) return 'type';
  return undefined;
}
