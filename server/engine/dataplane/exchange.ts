import type http from 'node:http';
import type { Dispatcher } from 'undici';
import type { MetricSink, RevisionKey } from '../autoscaler/stat';
import type { Deadlines, Expiring } from './deadlines';
import type { DataplaneMetrics } from './metrics';
import { downstreamHeaders, requestHasBody, upstreamHeaders } from './proxy';
import type { PodTarget, RevisionEntry } from './route-table';
import { QueueFullError, type Acquired, type Lease } from './throttler';

export interface ExchangeDeps {
  sink: MetricSink;
  metrics: DataplaneMetrics;
  deadlines: Deadlines;
  /** Whether the autoscaler wants the activator in this revision's path. */
  viaActivator(rev: RevisionKey): boolean;
}

const MAX_ATTEMPTS = 3;
const RETRY_DELAY_MS = 20;

export function reply(res: http.ServerResponse, code: number, body: string) {
  if (res.headersSent) return;
  res.writeHead(code, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(`${body}\n`);
}

/**
 * One request's way through a revision: admission (the activator's buffer
 * or a pod's breaker), the hop to the pod, a retry when the pod has gone,
 * the revision timeout, metrics. One object per request, which is also the
 * undici dispatch handler, rather than a closure per step: this is the hot
 * path, and its state is easier to follow in fields.
 */
export class Exchange implements Expiring, Dispatcher.DispatchHandler {
  readonly deadline: number;
  private readonly started = performance.now();
  private readonly hasBody: boolean;
  /** The router has settled the outcome (an error reply or a 504): no more attempts. */
  private answered = false;
  /** The client's side closed (response done or connection lost). */
  private gone = false;
  private viaActivator = false;
  private attempts = 0;
  private cancelWait?: () => void;
  private lease?: Lease<PodTarget>;
  /** Aborts the hop to the pod while it is under way. */
  private upstream?: (err?: Error) => void;
  private resumeUpstream?: () => void;

  constructor(
    private readonly deps: ExchangeDeps,
    private readonly rev: RevisionEntry,
    private readonly req: http.IncomingMessage,
    private readonly res: http.ServerResponse,
  ) {
    this.deadline = this.started + rev.timeoutMs;
    this.hasBody = requestHasBody(req);
  }

  start() {
    this.deps.deadlines.add(this);
    this.res.once('close', () => this.closed());
    this.attempt(false);
  }

  /** Like Knative's timeout handler: only a response that has not started can time out. */
  expire() {
    if (this.answered || this.gone || this.res.headersSent) return;
    this.answered = true;
    this.cancelWait?.();
    reply(this.res, 504, this.viaActivator ? 'activator request timeout' : 'request timeout');
    this.upstream?.(new Error('revision timeout'));
  }

  private attempt(forceActivator: boolean) {
    if (this.answered || this.gone) return;
    const { throttler } = this.rev;
    let acq: Acquired<PodTarget>;
    try {
      const via = forceActivator || this.deps.viaActivator(this.rev.key);
      const wasCold = throttler.readyPods.length === 0 && throttler.queued === 0;
      acq = throttler.acquire(via, Date.now());
      if ('wait' in acq && wasCold) this.coldStart();
    } catch (err) {
      this.answered = true;
      return reply(this.res, err instanceof QueueFullError ? 503 : 500, (err as Error).message);
    }
    if ('lease' in acq) return this.serve(acq.lease);
    this.viaActivator = true;
    this.cancelWait = acq.cancel;
    acq.wait.then(
      (lease) => this.granted(lease),
      (err: Error) => this.refused(err),
    );
  }

  /** The activator's concurrency reporter: report this request and poke now, so scale-from-zero does not wait for a tick. */
  private coldStart() {
    const { rev, deps } = this;
    rev.reportedEarly++;
    deps.sink.record(rev.key, { podName: 'activator', averageConcurrency: 1, requestCount: 1 });
    deps.sink.poke(rev.key);
  }

  private granted(lease: Lease<PodTarget>) {
    this.cancelWait = undefined;
    if (this.answered || this.gone) return this.rev.throttler.release(lease, Date.now());
    this.serve(lease);
  }

  private refused(err: Error) {
    if (this.answered) return;
    this.answered = true;
    reply(this.res, 503, err.message);
  }

  private serve(lease: Lease<PodTarget>) {
    if (lease.proxied) this.viaActivator = true;
    this.lease = lease;
    const { req } = this;
    const opts: Dispatcher.DispatchOptions = {
      path: req.url ?? '/',
      method: (req.method ?? 'GET') as Dispatcher.HttpMethod,
      headers: upstreamHeaders(req, lease.proxied),
      body: this.hasBody ? req : null,
    };
    lease.pod.data.pool.dispatch(opts, this);
  }

  private release() {
    const lease = this.lease;
    this.lease = undefined;
    this.upstream = undefined;
    if (lease) this.rev.throttler.release(lease, Date.now());
  }

  private closed() {
    this.gone = true;
    this.deps.deadlines.delete(this);
    this.cancelWait?.();
    // The client left mid-response: stop the pod's work too.
    this.upstream?.(new Error('client closed the connection'));
    this.release();
    const { res } = this;
    this.deps.metrics.observe(this.rev, res.headersSent ? res.statusCode : 499, performance.now() - this.started, this.viaActivator);
  }

  // undici's dispatch handler: the pod's response streamed to the client.

  onConnect(abort: (err?: Error) => void) {
    if (this.gone || this.answered) return abort(new Error('request no longer wanted'));
    this.upstream = abort;
  }

  onHeaders(status: number, raw: Buffer[], resume: () => void, statusText: string) {
    if (status < 200) return true;
    this.resumeUpstream = resume;
    if (!this.res.headersSent) this.res.writeHead(status, statusText || undefined, downstreamHeaders(raw));
    return true;
  }

  onData(chunk: Buffer) {
    if (this.res.write(chunk)) return true;
    this.res.once('drain', this.resumeUpstream!);
    return false;
  }

  onComplete() {
    this.upstream = undefined;
    this.res.end();
    this.release();
  }

  onError(err: Error) {
    this.release();
    const { res } = this;
    // The client left, or the router already answered (a 504): nothing more to say.
    if (this.gone || res.writableEnded) return;
    if (res.headersSent) return void res.destroy();
    // Before any response byte and with no body consumed, another pod can take it (the pod went away on scale-down).
    if (!this.hasBody && this.attempts + 1 < MAX_ATTEMPTS) {
      this.attempts++;
      setTimeout(() => this.attempt(true), RETRY_DELAY_MS);
      return;
    }
    this.answered = true;
    reply(res, 502, `error reaching the revision's pod: ${err.message}`);
  }
}
