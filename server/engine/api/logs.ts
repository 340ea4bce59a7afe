/* eslint-disable @typescript-eslint/no-explicit-any -- pod specs are loosely typed */
import { open, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { badRequest, notFound } from '../errors';
import type { KubeObject } from '../resources/types';
import type { Store } from '../store/store';
import { formatLines, parseLogOptions, splitLines, type LogOptions } from './log-lines';

const POLL_MS = 200;
/** The most of a log file read at once; older output is what `kubectl logs` would not show usefully anyway. */
const MAX_READ = 16 * 1024 * 1024;

/** The container a log request means: the named one, else the default-container annotation, else the first. */
export function pickContainer(pod: KubeObject, requested: string | null): string {
  const names: string[] = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])].map((c: any) => c.name);
  const podName = pod.metadata.name;
  if (requested) {
    if (!names.includes(requested)) {
      throw badRequest(`container ${requested} is not valid for pod ${podName}${names.length ? `: choose one of: [${names.join(' ')}]` : ''}`);
    }
    return requested;
  }
  const preferred = pod.metadata.annotations?.['kubectl.kubernetes.io/default-container'];
  const main: string[] = (pod.spec?.containers ?? []).map((c: any) => c.name);
  if (preferred && names.includes(preferred)) return preferred;
  if (main.length === 0) throw badRequest(`pod ${podName} has no containers, so it has no logs`);
  return main[0];
}

export const logFileOf = (dataDir: string, namespace: string, pod: string, container: string) =>
  path.join(dataDir, 'logs', namespace, pod, `${container}.log`);

async function readFrom(file: string, offset: number): Promise<{ text: string; size: number }> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch {
    return { text: '', size: 0 }; // the pod has written nothing yet
  }
  if (size < offset) offset = 0; // truncated or replaced: start over
  const start = Math.max(offset, size - MAX_READ);
  if (size === start) return { text: '', size };
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(size - start);
    await fh.read(buf, 0, buf.length, start);
    return { text: buf.toString('utf8'), size };
  } finally {
    await fh.close();
  }
}

/**
 * GET …/pods/NAME/log: the container's log file as text/plain, with
 * tailLines, sinceSeconds/sinceTime, timestamps and limitBytes; `follow=true`
 * keeps streaming new lines until the client leaves or the pod is deleted.
 */
export async function serveLogs(res: ServerResponse, store: Store, dataDir: string, namespace: string, name: string, params: URLSearchParams) {
  const pod = store.get('/pods', namespace, name);
  if (!pod) throw notFound('Pod', '', 'pods', name);
  const container = pickContainer(pod, params.get('container'));
  if (params.get('previous') === 'true') {
    throw badRequest(`previous terminated container "${container}" in pod "${name}" not found`);
  }
  const opts: LogOptions = parseLogOptions(params, Date.now());
  const file = logFileOf(dataDir, namespace, name, container);
  const first = await readFrom(file, 0);
  const { lines, rest } = splitLines(first.text);
  let budget = opts.limitBytes ?? Infinity;
  const emit = (text: string) => {
    const out = budget === Infinity ? text : Buffer.from(text).subarray(0, budget).toString('utf8');
    budget -= Buffer.byteLength(out);
    if (out) res.write(out);
  };

  if (!opts.follow) {
    res.writeHead(200, { 'content-type': 'text/plain', 'cache-control': 'no-cache, private' });
    emit(formatLines(rest ? [...lines, rest] : lines, opts, true));
    res.end();
    return;
  }

  res.writeHead(200, { 'content-type': 'text/plain', 'cache-control': 'no-cache, private', 'transfer-encoding': 'chunked' });
  res.flushHeaders();
  emit(formatLines(lines, opts, true));
  let offset = first.size;
  let partial = rest;
  let podGone = false;
  let closed = false;
  const unwatch = store.watch((ev) => {
    if (ev.gr === '/pods' && ev.type === 'DELETED' && ev.object.metadata.namespace === namespace && ev.object.metadata.name === name) podGone = true;
  });
  res.on('close', () => (closed = true));
  try {
    while (!closed && budget > 0) {
      await new Promise((r) => setTimeout(r, POLL_MS));
      const next = await readFrom(file, offset);
      if (next.size < offset) partial = '';
      offset = next.size;
      if (next.text) {
        const split = splitLines(partial + next.text);
        partial = split.rest;
        emit(formatLines(split.lines, opts, false));
      }
      if (podGone) break;
    }
    if (partial && !closed) emit(formatLines([partial], opts, false));
  } finally {
    unwatch();
    res.end();
  }
}
