import type { KubeObject } from '../resources/types';
import type { Store, StoreEvent } from '../store/store';
import type { DeliverySpec } from './delivery/spec';
import { compileTriggerFilter } from './filters';
import { brokerOf, GR } from './gr';

export interface BrokerView {
  uid: string;
  ns: string;
  name: string;
  delivery?: DeliverySpec;
}

export interface TriggerView {
  uid: string;
  ns: string;
  name: string;
  broker: string;
  matches: (attrs: Record<string, string | undefined>) => boolean;
  subscriberUri?: string;
  /** The trigger's delivery, or else the broker's: one replaces the other as a whole. */
  delivery?: DeliverySpec;
  deadLetterSinkUri?: string;
}

export interface ChannelView {
  uid: string;
  ns: string;
  name: string;
}

export interface SubscriptionView {
  uid: string;
  ns: string;
  name: string;
  channel: string;
  subscriberUri?: string;
  replyUri?: string;
  delivery?: DeliverySpec;
  deadLetterSinkUri?: string;
}

const key = (ns: string, name: string) => `${ns}/${name}`;

/**
 * What the data plane needs to know, kept current from the store's watch
 * (synchronously after each commit): brokers and channels that exist, the
 * triggers of each broker with their compiled filters, the subscriptions of each
 * channel. The data plane reads this on every event instead of querying SQLite.
 */
export class Topology {
  private readonly brokers = new Map<string, KubeObject>();
  private readonly triggers = new Map<string, KubeObject>();
  private readonly channels = new Map<string, KubeObject>();
  private readonly subscriptions = new Map<string, KubeObject>();
  /** Views rebuilt only when their trigger or broker changes (the filter is compiled once per trigger change). */
  private readonly triggerViews = new Map<string, TriggerView>();
  /** Likewise for subscriptions: the dispatcher keys its per-target state by view. */
  private readonly subscriptionViews = new Map<string, SubscriptionView>();
  private readonly filters = new Map<string, { spec: unknown; matches: TriggerView['matches'] }>();
  private readonly unwatch: () => void;

  constructor(store: Store) {
    const maps: Record<string, Map<string, KubeObject>> = {
      [GR.brokers]: this.brokers,
      [GR.triggers]: this.triggers,
      [GR.channels]: this.channels,
      [GR.subscriptions]: this.subscriptions,
    };
    this.unwatch = store.watch((ev: StoreEvent) => {
      const map = maps[ev.gr];
      if (!map) return;
      const k = key(ev.object.metadata.namespace ?? '', ev.object.metadata.name);
      if (ev.type === 'DELETED') map.delete(k);
      else map.set(k, ev.object);
      if (ev.gr === GR.triggers) this.triggerViews.delete(k);
      // A trigger without its own delivery uses its broker's.
      if (ev.gr === GR.brokers) this.triggerViews.clear();
      if (ev.gr === GR.subscriptions) this.subscriptionViews.delete(k);
      // A subscription without its own delivery uses its channel's.
      if (ev.gr === GR.channels) this.subscriptionViews.clear();
      if (ev.gr === GR.triggers && ev.type === 'DELETED') this.filters.delete(k);
    });
    for (const [gr, map] of Object.entries(maps)) {
      for (const o of store.list(gr)) map.set(key(o.metadata.namespace ?? '', o.metadata.name), o);
    }
  }

  stop() {
    this.unwatch();
  }

  broker(ns: string, name: string): BrokerView | undefined {
    const b = this.brokers.get(key(ns, name));
    return b && { uid: b.metadata.uid ?? '', ns, name, delivery: b.spec?.delivery };
  }

  trigger(ns: string, name: string): TriggerView | undefined {
    const t = this.triggers.get(key(ns, name));
    return t && this.triggerView(t);
  }

  /** The triggers of a broker that can receive events now (their subscriber is resolved). */
  triggersOf(ns: string, broker: string): TriggerView[] {
    const out: TriggerView[] = [];
    for (const t of this.triggers.values()) {
      if (t.metadata.namespace === ns && brokerOf(t) === broker && t.status?.subscriberUri) out.push(this.triggerView(t));
    }
    return out;
  }

  channel(ns: string, name: string): ChannelView | undefined {
    const c = this.channels.get(key(ns, name));
    return c && { uid: c.metadata.uid ?? '', ns, name };
  }

  subscription(ns: string, name: string): SubscriptionView | undefined {
    const s = this.subscriptions.get(key(ns, name));
    return s && this.subscriptionView(s);
  }

  /** The subscriptions of a channel that have somewhere to send (a subscriber or, without one, a reply). */
  subscriptionsOf(ns: string, channel: string): SubscriptionView[] {
    const out: SubscriptionView[] = [];
    for (const s of this.subscriptions.values()) {
      if (s.metadata.namespace !== ns || s.spec?.channel?.name !== channel) continue;
      const v = this.subscriptionView(s);
      if (v.subscriberUri || v.replyUri) out.push(v);
    }
    return out;
  }

  private triggerView(t: KubeObject): TriggerView {
    const ns = t.metadata.namespace ?? '';
    const k = key(ns, t.metadata.name);
    let v = this.triggerViews.get(k);
    if (!v) {
      const broker = brokerOf(t);
      v = {
        uid: t.metadata.uid ?? '',
        ns,
        name: t.metadata.name,
        broker,
        matches: this.filterOf(k, t),
        subscriberUri: t.status?.subscriberUri,
        deadLetterSinkUri: t.status?.deadLetterSinkUri,
        delivery: t.spec?.delivery ?? this.brokers.get(key(ns, broker))?.spec?.delivery,
      };
      this.triggerViews.set(k, v);
    }
    return v;
  }

  /** Status-only changes (most of them) keep the compiled filter. */
  private filterOf(k: string, t: KubeObject): TriggerView['matches'] {
    const spec = { filter: t.spec?.filter, filters: t.spec?.filters };
    const hit = this.filters.get(k);
    if (hit && JSON.stringify(hit.spec) === JSON.stringify(spec)) return hit.matches;
    const matches = compileTriggerFilter(t.spec ?? {});
    this.filters.set(k, { spec, matches });
    return matches;
  }

  private subscriptionView(s: KubeObject): SubscriptionView {
    const ns = s.metadata.namespace ?? '';
    const k = key(ns, s.metadata.name);
    let v = this.subscriptionViews.get(k);
    if (!v) this.subscriptionViews.set(k, (v = this.buildSubscriptionView(s, ns)));
    return v;
  }

  private buildSubscriptionView(s: KubeObject, ns: string): SubscriptionView {
    const channel: string = s.spec?.channel?.name ?? '';
    const phys = s.status?.physicalSubscription ?? {};
    return {
      uid: s.metadata.uid ?? '',
      ns,
      name: s.metadata.name,
      channel,
      subscriberUri: s.spec?.subscriber ? phys.subscriberUri : undefined,
      replyUri: s.spec?.reply ? phys.replyUri : undefined,
      delivery: s.spec?.delivery ?? this.channels.get(key(ns, channel))?.spec?.delivery,
      deadLetterSinkUri: phys.deadLetterSinkUri,
    };
  }
}
