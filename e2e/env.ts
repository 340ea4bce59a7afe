/** What global-setup started, for the tests. */
export interface E2eEnv {
  consoleUrl: string;
  apiUrl: string;
  ingressUrl: string;
  dataDir: string;
  kubeconfigPath: string;
}

/**
 * Playwright hands environment variables set in global setup to its workers; one
 * variable per run keeps concurrent runs (other checkouts, CI shards) apart.
 */
export const ENV_VAR = 'E2E_ENV';

export function readEnv(): E2eEnv {
  const raw = process.env[ENV_VAR];
  if (!raw) throw new Error(`${ENV_VAR} is not set: run the e2e tests through playwright.config.ts (its global setup starts the engine and the console).`);
  return JSON.parse(raw) as E2eEnv;
}
