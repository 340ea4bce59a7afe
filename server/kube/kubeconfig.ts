import 'server-only';
import { statSync } from 'node:fs';
import path from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import { StatusError } from './status';

export interface ConsoleKubeConfig {
  kc: KubeConfig;
  /** 'engine' talks to the embedded engine; 'cluster' to whatever KUBECONFIG / in-cluster config names. */
  mode: 'engine' | 'cluster';
  /** What the masthead badge says: "embedded engine" or the cluster context's name. */
  contextName: string;
}

/** Where the engine writes its kubeconfig: `<CONSOLE_DATA_DIR or ./.data>/kubeconfig`. */
export function engineKubeconfigPath(env: NodeJS.ProcessEnv = process.env): string {
  const dataDir = env.CONSOLE_DATA_DIR ? path.resolve(env.CONSOLE_DATA_DIR) : path.join(process.cwd(), '.data');
  return path.join(dataDir, 'kubeconfig');
}

export const clusterMode = (env: NodeJS.ProcessEnv = process.env) => env.CONSOLE_CLUSTER === '1' || env.CONSOLE_CLUSTER === 'true';

let cached: { config: ConsoleKubeConfig; mtimeMs: number } | undefined;

/**
 * The kubeconfig the console uses for every request. The engine's file is re-read when
 * it changes (the engine may start after the console, or be restarted on a new data dir).
 */
export function loadKubeConfig(): ConsoleKubeConfig {
  if (clusterMode()) {
    if (!cached) {
      const kc = new KubeConfig();
      kc.loadFromDefault(); // KUBECONFIG, ~/.kube/config, else the in-cluster service account
      cached = { config: { kc, mode: 'cluster', contextName: kc.getCurrentContext() || 'in-cluster' }, mtimeMs: 0 };
    }
    return cached.config;
  }
  const file = engineKubeconfigPath();
  let mtimeMs: number;
  try {
    mtimeMs = statSync(file).mtimeMs;
  } catch {
    throw new StatusError(503, 'ServiceUnavailable',
      `The engine's kubeconfig was not found at ${file}. Start the engine (npm start, or npm run engine) or set CONSOLE_DATA_DIR to its data directory.`);
  }
  if (!cached || cached.mtimeMs !== mtimeMs) {
    const kc = new KubeConfig();
    kc.loadFromFile(file);
    cached = { config: { kc, mode: 'engine', contextName: 'embedded engine' }, mtimeMs };
  }
  return cached.config;
}

/** The badge text without throwing, for the page shell (the engine may not be up yet). */
export function describeTarget(): { mode: 'engine' | 'cluster'; label: string } {
  if (clusterMode()) {
    try {
      return { mode: 'cluster', label: loadKubeConfig().contextName };
    } catch {
      return { mode: 'cluster', label: 'cluster' };
    }
  }
  return { mode: 'engine', label: 'embedded engine' };
}
