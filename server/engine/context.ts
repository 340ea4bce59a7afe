import type { Registry } from 'prom-client';
import type { EngineConfig } from './config';
import type { IngressRouter } from './dataplane/router';
import type { Store } from './store/store';

/** What main.ts hands every part of the engine. */
export interface EngineContext {
  store: Store;
  config: EngineConfig;
  /** The Prometheus registry served on /metrics. */
  registry: Registry;
  /** The ingress port's request router (apps, brokers, channels). */
  ingress: IngressRouter;
}

/** What each part's start function returns. */
export interface EnginePart {
  stop(): Promise<void>;
}
