import { knativeErrorExtensions, classifyReply, transportFailure, TTL_EXTENSION } from '../delivery/outcome';
import { afterFailure, isSuccess, retryPolicyOf, type DeliverySpec, type RetryPolicy } from '../delivery/spec';
import { withAttributes, type CloudEventRecord } from '../event/cloud-event';
import { toBinary, toStructured, type HttpMessage } from '../event/http-binding';
import type { EventingMetrics, TargetMetrics } from '../metrics';
import type { Delivery, EventQueue } from '../queue/event-queue';
import type { SubscriptionView, Topology, TriggerView } from '../topology';
import { Fifo } from './fifo';
import { sendEvent, sendMessage } from './send';

/** How many deliveries to one trigger or subscription may be on the wire at once. */
const MAX_IN_FLIGHT_PER_TARGET = 100;
/** Knative's dispatcher asks every subscriber for a reply. One object, so send.ts can reuse the header list built with it. */
const PREFER_REPLY = { prefer: 'reply' };
/** How long a delivery waits for a trigger whose subscriber is not resolved yet. */
const UNRESOLVED_RETRY_MS = 1000;

export interface DispatcherDeps {
  queue: EventQueue;
  topology: Topology;
  metrics: EventingMetrics;
  ingressPort: number;
  /** Puts a reply event back into a broker (the ingress path without HTTP); resolves with the status code. */
  replyToBroker(ns: string, broker: string, event: CloudEventRecord): Promise<{ code: number; message?: string }>;
  /** The broker's address, named as the failing destination when a reply cannot be stored. */
  brokerUrl(ns: string, broker: string): string;
}

/** A trigger or subscription as the dispatcher uses it, built once per topology view. */
type Target = ((TriggerView & { kind: 'trigger' }) | (SubscriptionView & { kind: 'subscription' })) & {
  policy: RetryPolicy;
  metrics: TargetMetrics;
};

/** The deliveries of one target: those waiting for a connection slot, and how many are on the wire. */
interface Lane {
  queue: Fifo<Delivery>;
  inFlight: number;
}

interface Failure {
  dest: string;
  /** The status code, or undefined when no response came (retryable). */
  code: number | undefined;
  recorded: { code: number; body: Buffer };
}

/**
 * Sends queued deliveries: each to its subscriber with `Prefer: reply`, then
 * the reply where it belongs, retries with Knative's backoff (each retry saved
 * in the queue so a restart resumes it), and the dead-letter sink once retries
 * are exhausted. Deliveries of one target share a bounded number of
 * connections; different targets never wait on each other.
 */
export class Dispatcher {
  private readonly lanes = new Map<string, Lane>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly running = new Set<Promise<void>>();
  private waiting = 0;
  private stopped = false;
  /** An event fans out to many triggers: strip and encode it once (keyed by the queue's record object). */
  private readonly forSubscribers = new WeakMap<CloudEventRecord, CloudEventRecord>();
  private readonly encoded = new WeakMap<CloudEventRecord, { binary?: HttpMessage; json?: HttpMessage }>();

  constructor(private readonly deps: DispatcherDeps) {}

  /** Deliveries not finished yet (queued, waiting for a retry, or on the wire). */
  pending(): number {
    let n = this.waiting + this.running.size;
    for (const lane of this.lanes.values()) n += lane.queue.length;
    return n;
  }

  schedule(d: Delivery) {
    if (this.stopped) return;
    const wait = d.nextAt - Date.now();
    if (wait > 0) {
      this.waiting++;
      const t = setTimeout(() => {
        this.timers.delete(t);
        this.waiting--;
        this.makeReady(d);
      }, wait);
      this.timers.add(t);
      return;
    }
    this.makeReady(d);
  }

  /** Stops sending; deliveries on the wire get `graceMs` to finish, the rest stay queued for the next start. */
  async stop(graceMs = 2000) {
    this.stopped = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    await Promise.race([Promise.allSettled([...this.running]), new Promise((r) => setTimeout(r, graceMs))]);
  }

  private makeReady(d: Delivery) {
    const k = `${d.kind}/${d.ns}/${d.name}`;
    let lane = this.lanes.get(k);
    if (!lane) this.lanes.set(k, (lane = { queue: new Fifo(), inFlight: 0 }));
    lane.queue.push(d);
    this.pump(k, lane);
  }

  private pump(k: string, lane: Lane) {
    while (!this.stopped && lane.queue.length > 0 && lane.inFlight < MAX_IN_FLIGHT_PER_TARGET) {
      const d = lane.queue.shift()!;
      lane.inFlight++;
      const settle = () => {
        this.running.delete(p);
        lane.inFlight--;
        if (lane.queue.length === 0 && lane.inFlight === 0) this.lanes.delete(k);
        else this.pump(k, lane);
      };
      const p: Promise<void> = this.run(d).then(settle, (err) => {
        console.error(`[eventing] delivery of event ${d.eventId} to ${d.kind} ${d.ns}/${d.name} failed unexpectedly`, err);
        settle();
      });
      this.running.add(p);
    }
  }

  /** Views are cached by the topology until their object changes, so this is built once per change. */
  private readonly targets = new WeakMap<object, Target>();

  private target(d: Delivery): Target | undefined {
    const { topology, metrics } = this.deps;
    const v = d.kind === 'trigger' ? topology.trigger(d.ns, d.name) : topology.subscription(d.ns, d.name);
    // A trigger deleted (or deleted and created again) no longer wants the events queued for the old one.
    if (!v || v.uid !== d.uid) return undefined;
    let t = this.targets.get(v);
    if (!t) {
      const parent = 'broker' in v ? v.broker : v.channel;
      t = { ...v, kind: d.kind, policy: this.policyOf(v.delivery), metrics: metrics.target(d.kind, d.ns, d.name, parent) } as Target;
      this.targets.set(v, t);
    }
    return t;
  }

  private async run(d: Delivery) {
    const { queue } = this.deps;
    const event = queue.event(d.eventId);
    const target = this.target(d);
    if (!event || !target) return queue.done(d);
    const { policy } = target;
    if (d.phase === 'send') return this.send(d, target, event, policy);
    if (d.phase === 'reply') return this.sendReply(d, target, policy);
    return this.sendToDeadLetterSink(d, target, event, policy);
  }

  private async send(d: Delivery, target: Target, event: CloudEventRecord, policy: RetryPolicy) {
    if (target.kind === 'subscription' && !target.subscriberUri) {
      // A subscription without a subscriber forwards every event to its reply (how Parallel's unfiltered branches work).
      return this.toReplyPhase(d, target, event, policy);
    }
    const uri = target.subscriberUri;
    if (!uri) {
      d.nextAt = Date.now() + UNRESOLVED_RETRY_MS;
      return this.schedule(d);
    }
    const res = await sendMessage(uri, this.encode(this.outgoing(target, event), policy.format), {
      ingressPort: this.deps.ingressPort,
      timeoutMs: policy.timeoutMs,
      headers: PREFER_REPLY,
    });
    d.attempt++;
    this.observe(target, res.code, res.durationMs);
    if (!isSuccess(res.code)) {
      const recorded = res.code === undefined ? transportFailure(res.error ?? 'no response') : { code: res.code, body: res.body };
      return this.failed(d, target, policy, { dest: uri, code: res.code, recorded });
    }
    const reply = classifyReply(res.headers, res.body);
    if (target.kind === 'subscription') {
      // The channel dispatcher ignores a response that is not an event.
      if (reply.kind === 'event' && target.replyUri) return this.toReplyPhase(d, target, reply.event, policy);
      return this.finish(d, target, 'delivered');
    }
    if (reply.kind === 'invalid') {
      return this.failed(d, target, policy, { dest: uri, code: 502, recorded: { code: 502, body: Buffer.from(reply.reason) } });
    }
    if (reply.kind === 'event') {
      // A reply goes back into the broker with the TTL the event had.
      const ttl = event.attrs[TTL_EXTENSION];
      const r = await this.deps.replyToBroker(target.ns, target.broker, ttl ? withAttributes(reply.event, { [TTL_EXTENSION]: ttl }) : reply.event);
      if (r.code !== 202) {
        const dest = this.deps.brokerUrl(target.ns, target.broker);
        return this.failed(d, target, policy, { dest, code: r.code, recorded: { code: r.code, body: Buffer.from(r.message ?? '') } });
      }
    }
    return this.finish(d, target, 'delivered');
  }

  /** One delivery spec object serves many targets (a broker's, for all its triggers). */
  private readonly policies = new WeakMap<object, RetryPolicy>();
  private readonly noDelivery = retryPolicyOf(undefined);

  private policyOf(spec: DeliverySpec | undefined): RetryPolicy {
    if (!spec) return this.noDelivery;
    let p = this.policies.get(spec);
    if (!p) this.policies.set(spec, (p = retryPolicyOf(spec)));
    return p;
  }

  /** The broker's TTL is its own bookkeeping: subscribers never see it (filter_handler DeleteTTL). */
  private outgoing(target: Target, event: CloudEventRecord): CloudEventRecord {
    if (target.kind !== 'trigger') return event;
    let out = this.forSubscribers.get(event);
    if (!out) this.forSubscribers.set(event, (out = withAttributes(event, {}, [TTL_EXTENSION])));
    return out;
  }

  private encode(event: CloudEventRecord, format: 'binary' | 'json'): HttpMessage {
    let cache = this.encoded.get(event);
    if (!cache) this.encoded.set(event, (cache = {}));
    return (cache[format] ??= format === 'json' ? toStructured(event) : toBinary(event));
  }

  private toReplyPhase(d: Delivery, target: Target, reply: CloudEventRecord, policy: RetryPolicy) {
    d.phase = 'reply';
    d.reply = reply;
    d.attempt = 0;
    this.deps.queue.save(d);
    return this.sendReply(d, target, policy);
  }

  private async sendReply(d: Delivery, target: Target, policy: RetryPolicy) {
    const uri = target.kind === 'subscription' ? target.replyUri : undefined;
    if (!uri || !d.reply) return this.finish(d, target, 'delivered');
    const res = await sendEvent(uri, d.reply, { ingressPort: this.deps.ingressPort, format: policy.format, timeoutMs: policy.timeoutMs });
    d.attempt++;
    this.observe(target, res.code, res.durationMs);
    if (isSuccess(res.code)) return this.finish(d, target, 'delivered');
    const recorded = res.code === undefined ? transportFailure(res.error ?? 'no response') : { code: res.code, body: res.body };
    return this.failed(d, target, policy, { dest: uri, code: res.code, recorded });
  }

  private async sendToDeadLetterSink(d: Delivery, target: Target, event: CloudEventRecord, policy: RetryPolicy) {
    const uri = target.deadLetterSinkUri;
    if (!uri || !d.failure) return this.finish(d, target, 'failed');
    const f = d.failure;
    const withError = withAttributes(event, knativeErrorExtensions(f.dest, f.code, f.body ? Buffer.from(f.body, 'base64') : undefined));
    const res = await sendEvent(uri, withError, { ingressPort: this.deps.ingressPort, format: policy.format, timeoutMs: policy.timeoutMs });
    d.attempt++;
    this.observe(target, res.code, res.durationMs);
    if (isSuccess(res.code)) return this.finish(d, target, 'dead_lettered');
    const next = afterFailure(policy, d.attempt, res.code);
    if ('retryInMs' in next) return this.retry(d, target, next.retryInMs);
    console.warn(`[eventing] ${target.kind} ${d.ns}/${d.name}: dead-letter sink ${uri} refused event ${event.attrs.id} (${res.code ?? res.error}); dropping it`);
    return this.finish(d, target, 'failed');
  }

  private failed(d: Delivery, target: Target, policy: RetryPolicy, f: Failure) {
    const next = afterFailure(policy, d.attempt, f.code);
    if ('retryInMs' in next) return this.retry(d, target, next.retryInMs);
    if (target.deadLetterSinkUri) {
      d.phase = 'dls';
      d.attempt = 0;
      d.failure = { dest: f.dest, code: f.recorded.code, body: f.recorded.body.length ? f.recorded.body.toString('base64') : undefined };
      d.nextAt = Date.now();
      this.deps.queue.save(d);
      return this.schedule(d);
    }
    return this.finish(d, target, 'failed');
  }

  private retry(d: Delivery, target: Target, inMs: number) {
    this.metric(target, 'retried');
    d.nextAt = Date.now() + inMs;
    this.deps.queue.save(d);
    this.schedule(d);
  }

  private finish(d: Delivery, target: Target, outcome: 'delivered' | 'failed' | 'dead_lettered') {
    this.metric(target, outcome);
    this.deps.queue.done(d);
  }

  private metric(t: Target, outcome: 'delivered' | 'failed' | 'retried' | 'dead_lettered') {
    t.metrics.delivery(outcome);
  }

  private observe(t: Target, code: number | undefined, ms: number) {
    t.metrics.dispatched(code, ms);
  }
}
