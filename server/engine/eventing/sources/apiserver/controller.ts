import { startController } from '../../../controller/controller';
import { findTypeByKind } from '../../../resources';
import { groupResource, type KubeObject } from '../../../resources/types';
import type { Store, StoreEvent } from '../../../store/store';
import { conditionsOf, writeStatus, type ConditionInput } from '../../status';
import { SOURCES_GR } from '../gr';
import { matchesSelector, type LabelSelectorSpec } from '../label-selector';
import type { Send } from '../send';
import { OIDC_IDENTITY_DISABLED, sinkStatus, sinkWatches } from '../sink';
import { apiServerEventTypes, makeApiServerEvent, type ApiServerMode } from './events';

const GR = SOURCES_GR.apiserversources;
const DEPENDENTS = ['SinkProvided', 'Deployed', 'SufficientPermissions', 'OIDCIdentityCreated'];
/** Events waiting for one source's sink beyond this are dropped (a sink that is down must not exhaust memory). */
const MAX_PENDING = 10_000;

interface WatchedResource {
  gr: string;
  plural: string;
  selector?: LabelSelectorSpec;
}

interface Watcher {
  namespace: string;
  mode: ApiServerMode;
  resources: WatchedResource[];
  owner?: { apiVersion: string; kind: string };
  namespaceSelector?: LabelSelectorSpec;
  sinkUri: string;
  extensions: Record<string, string>;
  /** Sends in order, shared across reconciles of the same source. */
  queue: { chain: Promise<void>; pending: number };
}

/**
 * ApiServerSources over the engine's own store: the adapter's informers become
 * one store watch; each matching change becomes a dev.knative.apiserver.* event,
 * sent in order per source.
 */
export function startApiServerSources(store: Store, send: Send, apiUrl: string) {
  const watchers = new Map<string, Watcher>();

  const inScope = (w: Watcher, obj: KubeObject) => {
    const ns = obj.metadata.namespace ?? '';
    if (!w.namespaceSelector) return ns === w.namespace;
    return matchesSelector(w.namespaceSelector, store.get('/namespaces', '', ns)?.metadata.labels);
  };
  const ownedAsAsked = (w: Watcher, obj: KubeObject) =>
    !w.owner || (obj.metadata.ownerReferences ?? []).some((r) => r.apiVersion === w.owner!.apiVersion && r.kind === w.owner!.kind);

  const onEvent = (ev: StoreEvent) => {
    for (const [key, w] of watchers) {
      const res = w.resources.find((r) => r.gr === ev.gr && matchesSelector(r.selector, ev.object.metadata.labels));
      if (!res || !inScope(w, ev.object) || !ownedAsAsked(w, ev.object)) continue;
      const q = w.queue;
      if (q.pending >= MAX_PENDING) {
        console.error(`[apiserversource ${key}] dropping an event: ${MAX_PENDING} are already waiting for ${w.sinkUri}`);
        continue;
      }
      const event = makeApiServerEvent({ mode: w.mode, change: ev.type, object: ev.object, plural: res.plural, apiUrl, extensions: w.extensions });
      const sinkUri = w.sinkUri;
      q.pending++;
      q.chain = q.chain
        .then(() => send(sinkUri, event))
        .catch((err: Error) => console.error(`[apiserversource ${key}] ${err.message}`))
        .finally(() => q.pending--);
    }
  };
  const unwatch = store.watch(onEvent);

  const controller = startController({
    name: 'apiserversource',
    store,
    gr: GR,
    watches: sinkWatches(store, GR),
    reconcile({ namespace, name }) {
      const key = `${namespace}/${name}`;
      const source = store.get(GR, namespace, name);
      if (!source) {
        watchers.delete(key);
        return;
      }
      const spec = source.spec ?? {};
      const mode: ApiServerMode = spec.mode === 'Resource' ? 'Resource' : 'Reference';
      const sink = sinkStatus(store, namespace, spec.sink);
      const resources: WatchedResource[] = [];
      const unknown: string[] = [];
      for (const r of spec.resources ?? []) {
        const type = findTypeByKind(r.apiVersion, r.kind);
        if (type) resources.push({ gr: groupResource(type), plural: type.plural, selector: r.selector });
        else unknown.push(`${r.kind}.${r.apiVersion}`);
      }
      let deployed: ConditionInput;
      const permissions: ConditionInput = unknown.length
        ? { type: 'SufficientPermissions', status: 'False', reason: 'ResourceNotServed', message: `This engine serves no ${unknown.join(', ')}; nothing can be watched for them.` }
        : { type: 'SufficientPermissions', status: 'True' };
      if (sink.uri && resources.length) {
        watchers.set(key, {
          namespace,
          mode,
          resources,
          owner: spec.owner,
          namespaceSelector: spec.namespaceSelector,
          sinkUri: sink.uri,
          extensions: spec.ceOverrides?.extensions ?? {},
          queue: watchers.get(key)?.queue ?? { chain: Promise.resolve(), pending: 0 },
        });
        deployed = { type: 'Deployed', status: 'True' };
      } else {
        watchers.delete(key);
        deployed = sink.uri
          ? { type: 'Deployed', status: 'False', reason: 'NoResources', message: 'None of spec.resources can be watched.' }
          : { type: 'Deployed', status: 'Unknown', reason: 'SinkNotResolved', message: 'Watching starts once the sink resolves.' };
      }
      const status: Record<string, unknown> = {
        conditions: conditionsOf(source.status?.conditions, [sink.condition, deployed, permissions, OIDC_IDENTITY_DISABLED], DEPENDENTS),
        ceAttributes: apiServerEventTypes(mode).map((type) => ({ type, source: apiUrl })),
      };
      if (sink.uri) status.sinkUri = sink.uri;
      writeStatus(store, GR, source, status);
    },
  });

  return {
    stop() {
      controller.stop();
      unwatch();
      watchers.clear();
    },
  };
}
