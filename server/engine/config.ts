import path from 'node:path';

/** Where the engine listens and keeps its data; the contracts in architecture.md. */
export interface EngineConfig {
  host: string;
  apiPort: number;
  ingressPort: number;
  dataDir: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): EngineConfig {
  return {
    host: '127.0.0.1',
    apiPort: Number(env.ENGINE_API_PORT ?? 6443),
    ingressPort: Number(env.ENGINE_INGRESS_PORT ?? 8080),
    dataDir: path.resolve(env.CONSOLE_DATA_DIR ?? '.data'),
  };
}
