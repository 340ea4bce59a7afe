import type { Pool } from 'undici';
import type { RevisionKey } from '../autoscaler/stat';
import type { KubeObject } from '../resources/types';
import { isPodReady, POD_PORT_ANNOTATION } from '../runtime';
import type { Store, StoreEvent } from '../store/store';
import { podPool } from './proxy';
import { RevisionThrottler } from './throttler';

const ROUTES = 'serving.knative.dev/routes';
const REVISIONS = 'serving.knative.dev/revisions';
const PODS = '/pods';
const REVISION_LABEL = 'serving.knative.dev/revision';

export interface PodTarget {
  port: number;
  pool: Pool;
}

export interface RouteEntry {
  namespace: string;
  name: string;
  /** Weighted targets (percent > 0) of the route's served traffic. */
  targets: { revisionName: string; percent: number }[];
  tags: Map<string, string>;
}

export interface RevisionEntry {
  key: RevisionKey;
  labels: { namespace_name: string; service_name: string; configuration_name: string; revision_name: string };
  timeoutMs: number;
  throttler: RevisionThrottler<PodTarget>;
  /** Requests reported at once on a cold start, to leave out of the next periodic report. */
  reportedEarly: number;
}

/**
 * The data plane's view of the cluster, kept in memory from store events
 * (never a database read per request): host → route → revisions by weight or
 * tag, and each revision's ready pods with their keep-alive pools (undici).
 */
export class RouteTable {
  readonly hosts = new Map<string, { route: RouteEntry; tag?: string }>();
  private readonly routes = new Map<string, { entry: RouteEntry; hostKeys: string[] }>();
  readonly revisions = new Map<string, RevisionEntry>();
  private readonly pods = new Map<string, Map<string, { port: number; ready: boolean }>>();
  private readonly pools = new Map<string, Pool>();
  private readonly unwatch: () => void;

  constructor(store: Store) {
    for (const r of store.list(REVISIONS)) this.onRevision(r, false);
    for (const p of store.list(PODS)) this.onPod(p, false);
    for (const r of store.list(ROUTES)) this.onRoute(r, false);
    this.unwatch = store.watch((ev) => this.apply(ev));
  }

  stop() {
    this.unwatch();
    for (const rev of this.revisions.values()) rev.throttler.close(new Error('the engine is stopping'));
    for (const p of this.pools.values()) void p.destroy().catch(() => {});
  }

  revision(namespace: string, name: string) {
    return this.revisions.get(`${namespace}/${name}`);
  }

  private apply(ev: StoreEvent) {
    const gone = ev.type === 'DELETED';
    if (ev.gr === ROUTES) this.onRoute(ev.object, gone);
    else if (ev.gr === REVISIONS) this.onRevision(ev.object, gone);
    else if (ev.gr === PODS) this.onPod(ev.object, gone);
  }

  private onRoute(route: KubeObject, gone: boolean) {
    const ns = route.metadata.namespace ?? '';
    const name = route.metadata.name;
    const id = `${ns}/${name}`;
    for (const k of this.routes.get(id)?.hostKeys ?? []) this.hosts.delete(k);
    this.routes.delete(id);
    const traffic: { tag?: string; revisionName?: string; percent?: number }[] = route.status?.traffic ?? [];
    if (gone || traffic.length === 0) return;
    const entry: RouteEntry = {
      namespace: ns,
      name,
      targets: traffic.filter((t) => t.revisionName && (t.percent ?? 0) > 0).map((t) => ({ revisionName: t.revisionName!, percent: t.percent! })),
      tags: new Map(traffic.filter((t) => t.tag && t.revisionName).map((t) => [t.tag!, t.revisionName!])),
    };
    const hostKeys = [`${name}.${ns}`];
    this.hosts.set(hostKeys[0], { route: entry });
    for (const tag of entry.tags.keys()) {
      const k = `${tag}-${name}.${ns}`;
      // A route's own name wins over another route's tag host of the same spelling.
      if (this.hosts.get(k)?.tag === undefined && this.hosts.has(k)) continue;
      this.hosts.set(k, { route: entry, tag });
      hostKeys.push(k);
    }
    this.routes.set(id, { entry, hostKeys });
  }

  private onRevision(rev: KubeObject, gone: boolean) {
    const ns = rev.metadata.namespace ?? '';
    const id = `${ns}/${rev.metadata.name}`;
    if (gone) {
      this.revisions.get(id)?.throttler.close(new Error(`revision "${rev.metadata.name}" was deleted`));
      this.revisions.delete(id);
      return;
    }
    const entry = this.ensureRevision(ns, rev.metadata.name);
    const l = rev.metadata.labels ?? {};
    entry.labels.service_name = l['serving.knative.dev/service'] ?? '';
    entry.labels.configuration_name = l['serving.knative.dev/configuration'] ?? '';
    entry.throttler.cc = rev.spec?.containerConcurrency ?? 0;
    entry.timeoutMs = (rev.spec?.timeoutSeconds ?? 300) * 1000;
  }

  private ensureRevision(namespace: string, name: string): RevisionEntry {
    const id = `${namespace}/${name}`;
    let entry = this.revisions.get(id);
    if (!entry) {
      entry = {
        key: { namespace, name },
        labels: { namespace_name: namespace, service_name: '', configuration_name: '', revision_name: name },
        timeoutMs: 300_000,
        throttler: new RevisionThrottler<PodTarget>(Date.now()),
        reportedEarly: 0,
      };
      this.revisions.set(id, entry);
    }
    return entry;
  }

  private onPod(pod: KubeObject, gone: boolean) {
    const rev = pod.metadata.labels?.[REVISION_LABEL];
    if (!rev) return;
    const ns = pod.metadata.namespace ?? '';
    const id = `${ns}/${rev}`;
    let pods = this.pods.get(id);
    if (!pods) this.pods.set(id, (pods = new Map()));
    const port = Number(pod.metadata.annotations?.[POD_PORT_ANNOTATION] ?? 0);
    const ready = !gone && port > 0 && !!isPodReady(pod);
    const before = pods.get(pod.metadata.name);
    if (gone) pods.delete(pod.metadata.name);
    else pods.set(pod.metadata.name, { port, ready });
    if (before?.ready === ready && before?.port === port) return;
    const entry = this.ensureRevision(ns, rev);
    const podKey = `${ns}/${pod.metadata.name}`;
    if (!ready || before?.port !== port) {
      // A pod going away: requests under way finish, new ones fail over (ClientClosedError → retry on another pod).
      const old = this.pools.get(podKey);
      this.pools.delete(podKey);
      void old?.close().catch(() => {});
    }
    const readyPods = [...pods].filter(([, p]) => p.ready);
    entry.throttler.setPods(
      readyPods.map(([name, p]) => ({ name, data: { port: p.port, pool: this.poolFor(`${ns}/${name}`, p.port) } })),
      Date.now(),
    );
  }

  private poolFor(podKey: string, port: number) {
    let p = this.pools.get(podKey);
    if (!p) this.pools.set(podKey, (p = podPool(port)));
    return p;
  }
}
