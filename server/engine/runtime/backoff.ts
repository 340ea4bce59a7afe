/** Restart delay after the n-th consecutive crash (n ≥ 1): 1s, 2s, 4s, 8s, then 10s (kubelet's CrashLoopBackOff, shortened). */
export const restartDelayMs = (crashes: number) => Math.min(10_000, 1000 * 2 ** Math.max(0, crashes - 1));

/** A container that ran this long before exiting starts its backoff over. */
export const BACKOFF_RESET_MS = 60_000;
