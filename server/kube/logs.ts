import 'server-only';
import { Writable } from 'node:stream';
import { Log } from '@kubernetes/client-node';
import { loadKubeConfig } from './kubeconfig';

/**
 * Follows a container's log (pods/log?follow=true) and hands over complete lines.
 * Resolves once the stream is open; `signal` ends it.
 */
export async function followLogs(
  namespace: string,
  pod: string,
  container: string,
  onLine: (line: string) => void,
  onEnd: (err?: unknown) => void,
  signal: AbortSignal,
  tailLines = 500,
): Promise<void> {
  let partial = '';
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) onLine(line);
      done();
    },
    final(done) {
      if (partial) onLine(partial);
      done();
    },
  });
  sink.on('finish', () => onEnd());
  sink.on('error', onEnd);
  // client-node pipes the response into `sink` without an error listener on the source:
  // aborting (the browser left the Logs tab) would be an uncaught 'error' that kills the server.
  sink.on('pipe', (source) => source.on('error', (err) => { if (!signal.aborted) onEnd(err); }));
  const controller = await new Log(loadKubeConfig().kc).log(namespace, pod, container, sink, { follow: true, tailLines });
  if (signal.aborted) controller.abort();
  else signal.addEventListener('abort', () => controller.abort(), { once: true });
}
