import { z } from 'zod';
import type { Destination } from '../resources/types';

/**
 * A sink as the console's pickers offer it: an Addressable in the namespace (a
 * Knative Service, Broker or Channel) or an absolute URI — what `kn … --sink`
 * accepts as `ksvc:NAME`, `broker:NAME`, `channel:NAME` or `http(s)://…`.
 */
export const SINK_KINDS = [
  { kind: 'Service', apiVersion: 'serving.knative.dev/v1', list: 'services', label: 'Services' },
  { kind: 'Broker', apiVersion: 'eventing.knative.dev/v1', list: 'brokers', label: 'Brokers' },
  { kind: 'Channel', apiVersion: 'messaging.knative.dev/v1', list: 'channels', label: 'Channels' },
] as const;

export type SinkKind = (typeof SINK_KINDS)[number]['kind'];

export function absoluteUriError(v: string): string | undefined {
  const s = v.trim();
  if (!s) return 'Required: an absolute URI such as http://example.com/events';
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return `"${s}" is not an absolute URI (Relative URIs are not allowed: include the scheme, e.g. http://)`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `unsupported scheme ${url.protocol} (http or https)`;
  return undefined;
}

export const sinkSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('ref'),
    kind: z.enum(SINK_KINDS.map((k) => k.kind) as [SinkKind, ...SinkKind[]]),
    name: z.string().min(1, 'Pick a sink: a service, broker or channel in the namespace, or a URI'),
  }),
  z.object({
    type: z.literal('uri'),
    uri: z.string().superRefine((v, ctx) => {
      const error = absoluteUriError(v);
      if (error) ctx.addIssue({ code: 'custom', message: error });
    }),
  }),
]);

export type Sink = z.output<typeof sinkSchema>;

/** The duck/v1 Destination a sink stands for (what kn writes for `--sink`). */
export function destinationOf(sink: Sink): Destination {
  if (sink.type === 'uri') return { uri: sink.uri.trim() };
  const def = SINK_KINDS.find((k) => k.kind === sink.kind)!;
  return { ref: { apiVersion: def.apiVersion, kind: sink.kind, name: sink.name } };
}

/** Which sink field an API cause names (`spec.sink.ref.name`, `spec.delivery.deadLetterSink.uri` …). */
export function sinkSubfield(apiField: string): 'name' | 'uri' | undefined {
  if (/\.uri$/.test(apiField)) return 'uri';
  if (/\.ref(\.|$)/.test(apiField)) return 'name';
  return undefined;
}
