import { util, type Dispatcher } from 'undici';
import type { HttpHeaders } from '../event/http-binding';

export interface AttemptResult {
  /** HTTP status; undefined when no response came (refused, reset, timed out). */
  code?: number;
  headers: HttpHeaders;
  body: Buffer;
  /** Why there was no response. */
  error?: string;
  durationMs: number;
}

const EMPTY = Buffer.alloc(0);
const TIMED_OUT = new Error('timed out');

/**
 * One HTTP attempt as an undici dispatch handler: collects status, headers and
 * body and settles exactly once. A class, not closures, because thousands are
 * made a second and each closure was an allocation (and a keepNames call under tsx).
 * The timeout covers the whole attempt, queueing for a connection included, as
 * Knative's per-attempt timeout does; no timer is made without one.
 */
export class Attempt implements Dispatcher.DispatchHandler {
  private readonly started = performance.now();
  private settled = false;
  private timedOut = false;
  private timer: NodeJS.Timeout | undefined;
  private abort: ((err: Error) => void) | undefined;
  private code: number | undefined;
  private rawHeaders: Buffer[] = [];
  private chunks: Buffer[] | undefined;

  constructor(
    private readonly resolve: (r: AttemptResult) => void,
    private readonly timeoutMs: number | undefined,
  ) {
    if (timeoutMs !== undefined) this.timer = setTimeout(() => this.onTimeout(), Math.max(1, timeoutMs));
  }

  onConnect(abort: (err: Error) => void) {
    // Called when the request is about to go out; one that already timed out never does.
    if (this.timedOut) abort(TIMED_OUT);
    else this.abort = abort;
  }

  onHeaders(statusCode: number, rawHeaders: Buffer[]) {
    this.code = statusCode;
    this.rawHeaders = rawHeaders;
    return true;
  }

  onData(chunk: Buffer) {
    (this.chunks ??= []).push(chunk);
    return true;
  }

  onComplete() {
    const c = this.chunks;
    const body = !c ? EMPTY : c.length === 1 ? c[0] : Buffer.concat(c);
    this.settle(this.code, util.parseHeaders(this.rawHeaders) as HttpHeaders, body, undefined);
  }

  onError(err: Error) {
    this.settle(undefined, {}, EMPTY, err.message || String(err));
  }

  private onTimeout() {
    this.timedOut = true;
    this.settle(undefined, {}, EMPTY, `request timed out after ${this.timeoutMs}ms`);
    this.abort?.(TIMED_OUT);
  }

  private settle(code: number | undefined, headers: HttpHeaders, body: Buffer, error: string | undefined) {
    if (this.settled) return;
    this.settled = true;
    if (this.timer) clearTimeout(this.timer);
    const r: AttemptResult = { code, headers, body, durationMs: performance.now() - this.started };
    if (error !== undefined) r.error = error;
    this.resolve(r);
  }
}
