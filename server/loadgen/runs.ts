import 'server-only';
import { randomUUID } from 'node:crypto';
import { runLoad } from '@/lib/loadgen';
import type { SendTrafficInput } from '@/lib/schemas/send-traffic';
import { loadTarget } from '@/lib/send-traffic/target';
import type { RunView } from '@/lib/send-traffic/types';
import { getResource } from '@/server/kube/client';
import { StatusError, toStatus } from '@/server/kube/status';
import { SEND_TRAFFIC_LIMITS } from '@/lib/schemas/send-traffic';

type Listener = (run: RunView) => void;

interface Entry {
  view: RunView;
  abort: AbortController;
  listeners: Set<Listener>;
}

/** Runs by `namespace/service`: the running one, or the last finished one (kept so a reload shows its summary). */
const g = globalThis as { __consoleLoadRuns?: Map<string, Entry>; __consoleLoadListeners?: Map<string, Set<Listener>> };
const runs = (g.__consoleLoadRuns ??= new Map());
const watchers = (g.__consoleLoadListeners ??= new Map());

const keyOf = (namespace: string, service: string) => `${namespace}/${service}`;

function publish(key: string, view: RunView) {
  for (const l of watchers.get(key) ?? []) l(view);
}

/** The Knative Service's URL, or a Status saying why traffic cannot be sent to it. */
async function serviceUrl(namespace: string, service: string): Promise<string> {
  let ksvc;
  try {
    ksvc = await getResource('services', namespace, service);
  } catch (err) {
    const status = toStatus(err);
    if (status.code !== 404) throw err;
    throw new StatusError(404, 'NotFound', `There is no Knative Service "${service}" in namespace "${namespace}": Send traffic only targets services that exist.`, [
      { field: 'service', message: `Knative Service "${service}" not found in namespace "${namespace}"`, reason: 'FieldValueNotFound' },
    ]);
  }
  const url = ksvc.status?.url;
  if (typeof url !== 'string' || !url) {
    throw new StatusError(409, 'Conflict', `Knative Service "${service}" has no URL yet (status.url is empty): wait until it is Ready.`, [
      { field: 'status.url', message: 'not set yet', reason: 'FieldValueRequired' },
    ]);
  }
  return url;
}

/**
 * Starts a load run against a Knative Service through its URL, on the console
 * server. One run per service at a time: a second answers 409.
 */
export async function startRun(namespace: string, service: string, spec: SendTrafficInput): Promise<RunView> {
  const key = keyOf(namespace, service);
  const running = runs.get(key);
  const busy = () =>
    new StatusError(409, 'Conflict', `A load run is already sending traffic to ${service} (started ${new Date(running?.view.startedAt ?? Date.now()).toISOString()}). Cancel it or wait until it ends.`);
  if (running?.view.state === 'running') throw busy();
  const url = await serviceUrl(namespace, service);
  if (runs.get(key)?.view.state === 'running') throw busy();
  const target = loadTarget(url);

  const abort = new AbortController();
  const view: RunView = { id: randomUUID(), namespace, service, spec, url, state: 'running', startedAt: Date.now() };
  const entry: Entry = { view, abort, listeners: new Set() };
  runs.set(key, entry);
  const update = (patch: Partial<RunView>) => {
    entry.view = { ...entry.view, ...patch };
    publish(key, entry.view);
  };
  publish(key, view);

  void runLoad({
    origin: target.origin,
    host: target.host,
    path: spec.path,
    concurrency: spec.concurrency,
    // A request budget still ends at the duration limit.
    durationMs: (spec.stopAfter === 'duration' ? spec.durationSeconds! : SEND_TRAFFIC_LIMITS.durationSeconds) * 1000,
    requests: spec.stopAfter === 'requests' ? spec.requests : undefined,
    rate: spec.rate,
    signal: abort.signal,
    progressIntervalMs: 500,
    onProgress: (progress) => update({ progress }),
  }).then(
    (r) => {
      const { overallRps, non2xx: _n, aborted, ...progress } = r;
      update({ state: aborted ? 'cancelled' : 'succeeded', finishedAt: Date.now(), progress, overallRps });
    },
    (err) => update({ state: 'failed', finishedAt: Date.now(), error: (err as Error).message }),
  );
  return view;
}

/** Cancels the service's running load; answers the run as it stands. */
export function cancelRun(namespace: string, service: string): RunView {
  const entry = runs.get(keyOf(namespace, service));
  if (!entry || entry.view.state !== 'running') {
    throw new StatusError(404, 'NotFound', `No load run is sending traffic to ${service} in ${namespace}.`);
  }
  entry.abort.abort();
  return entry.view;
}

/** Follows the service's runs: the current (or last) one at once, then every change. */
export function watchRuns(namespace: string, service: string, listener: (run: RunView | null) => void): () => void {
  const key = keyOf(namespace, service);
  let set = watchers.get(key);
  if (!set) watchers.set(key, (set = new Set()));
  set.add(listener);
  listener(runs.get(key)?.view ?? null);
  return () => {
    set.delete(listener);
    if (set.size === 0) watchers.delete(key);
  };
}
