import type { LoadProgress } from '../loadgen/run';
import type { SendTrafficInput } from '../schemas/send-traffic';

export type RunState = 'running' | 'succeeded' | 'cancelled' | 'failed';

/** A load run as the console shows it (the Send traffic panel's live view). */
export interface RunView {
  id: string;
  namespace: string;
  service: string;
  spec: SendTrafficInput;
  /** The service URL the run targets. */
  url: string;
  state: RunState;
  startedAt: number;
  finishedAt?: number;
  /** The latest progress report (final figures once finished). */
  progress?: LoadProgress;
  /** Completions per second over the whole run, once finished. */
  overallRps?: number;
  error?: string;
}

/** SSE of /api/send-traffic/NS/NAME: the service's current (or last) run; null before any. */
export type RunMessage = { run: RunView | null };

/** How far along a run is, 0..1: by time for a duration, by count for a request budget. */
export function runFraction(run: RunView, now: number): number {
  if (run.state !== 'running') return 1;
  const elapsed = run.progress?.elapsedMs ?? now - run.startedAt;
  const byTime = run.spec.durationSeconds ? elapsed / (run.spec.durationSeconds * 1000) : 0;
  const byCount = run.spec.requests ? (run.progress?.completed ?? 0) / run.spec.requests : 0;
  return Math.min(1, Math.max(byTime, byCount));
}
