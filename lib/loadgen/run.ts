import { setMaxListeners } from 'node:events';
import { Pool } from 'undici';
import { LatencyHistogram, type LatencySummary } from './histogram';
import { windowShare } from './window';

export interface LoadOptions {
  /** Where to connect, e.g. `http://127.0.0.1:8080`. */
  origin: string;
  /** Path and query, default `/`. */
  path?: string;
  /** Host header (routing key for the ingress), e.g. `hello.default.localhost`. */
  host?: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Requests in flight at once (also the connection count). */
  concurrency: number;
  /** Stop after this long… */
  durationMs?: number;
  /** …or after this many requests (whichever comes first). */
  requests?: number;
  /** Requests per second across all workers; unlimited when absent. */
  rate?: number;
  /** Per-request timeout, default 60 s. */
  timeoutMs?: number;
  signal?: AbortSignal;
  onProgress?: (p: LoadProgress) => void;
  progressIntervalMs?: number;
}

export interface LoadProgress {
  elapsedMs: number;
  completed: number;
  errors: number;
  inFlight: number;
  /** Completions per second over the last progress interval. */
  rps: number;
  latency: LatencySummary;
  /** By status code (`200`, `503`) or `error` for transport failures. */
  statusCounts: Record<string, number>;
}

export interface LoadResult extends LoadProgress {
  /** Completions per second over the whole run, up to the last response (drain included). */
  overallRps: number;
  /**
   * Completions per second within the measured window (the duration, or the
   * whole run when bounded by count), a request straddling the window's end
   * counted by its share inside: the throughput without the final drain.
   */
  windowRps: number;
  non2xx: number;
  aborted: boolean;
}

/**
 * Drives HTTP load with a fixed number of workers over an undici keep-alive
 * pool: by duration or count, optionally rate-limited, reporting progress
 * (throughput, latency percentiles, status codes) as it goes. Cancellable
 * with an AbortSignal; resolves with the totals.
 */
export async function runLoad(opts: LoadOptions): Promise<LoadResult> {
  const pool = new Pool(opts.origin, { connections: opts.concurrency, pipelining: 1, keepAliveTimeout: 30_000 });
  const hist = new LatencyHistogram();
  const statusCounts: Record<string, number> = {};
  const start = performance.now();
  let issued = 0;
  let scheduled = 0;
  let completed = 0;
  let errors = 0;
  let inFlight = 0;
  let inWindow = 0;
  let lastTick = { at: start, completed: 0, rps: 0 };
  const headers = { ...opts.headers, ...(opts.host ? { host: opts.host } : {}) };
  const stopAt = opts.durationMs !== undefined ? start + opts.durationMs : Infinity;
  const maxRequests = opts.requests ?? Infinity;
  const internal = new AbortController();
  // Every in-flight request listens on it.
  setMaxListeners(0, internal.signal);
  const onAbort = () => internal.abort();
  opts.signal?.addEventListener('abort', onAbort);

  const progress = (now: number): LoadProgress => {
    const dt = now - lastTick.at;
    if (dt >= 200) lastTick = { at: now, completed, rps: ((completed - lastTick.completed) * 1000) / dt };
    return { elapsedMs: now - start, completed, errors, inFlight, rps: lastTick.rps, latency: hist.summary(), statusCounts: { ...statusCounts } };
  };
  const ticker = opts.onProgress ? setInterval(() => opts.onProgress!(progress(performance.now())), opts.progressIntervalMs ?? 1000) : undefined;

  const worker = async () => {
    while (!internal.signal.aborted && issued < maxRequests && performance.now() < stopAt) {
      if (opts.rate) {
        // Reserve the slot before waiting, so workers never share one.
        const slot = start + (scheduled++ * 1000) / opts.rate;
        const wait = slot - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        if (internal.signal.aborted || performance.now() >= stopAt) break;
      }
      issued++;
      inFlight++;
      const t0 = performance.now();
      try {
        const res = await pool.request({
          path: opts.path ?? '/',
          method: (opts.method ?? 'GET') as 'GET',
          headers,
          body: opts.body,
          signal: internal.signal,
          headersTimeout: opts.timeoutMs ?? 60_000,
          bodyTimeout: opts.timeoutMs ?? 60_000,
        });
        await res.body.dump();
        hist.record(performance.now() - t0);
        const code = String(res.statusCode);
        statusCounts[code] = (statusCounts[code] ?? 0) + 1;
      } catch {
        if (!internal.signal.aborted) {
          errors++;
          statusCounts.error = (statusCounts.error ?? 0) + 1;
        }
      } finally {
        inFlight--;
        completed++;
        inWindow += windowShare(t0, performance.now(), start, stopAt);
      }
    }
  };

  try {
    await Promise.all(Array.from({ length: opts.concurrency }, worker));
  } finally {
    if (ticker) clearInterval(ticker);
    opts.signal?.removeEventListener('abort', onAbort);
    await pool.close().catch(() => pool.destroy());
  }
  const end = performance.now();
  const final = progress(end);
  const non2xx = Object.entries(statusCounts)
    .filter(([code]) => !code.startsWith('2'))
    .reduce((s, [, n]) => s + n, 0);
  const overallRps = (completed * 1000) / Math.max(1, end - start);
  return {
    ...final,
    overallRps,
    windowRps: stopAt === Infinity ? overallRps : (inWindow * 1000) / Math.max(1, Math.min(end, stopAt) - start),
    non2xx,
    aborted: !!opts.signal?.aborted,
  };
}
