import { CustomObjectsApi, KubeConfig } from '@kubernetes/client-node';
import { test as base, expect } from '@playwright/test';
import { readEnv, type E2eEnv } from './env';

/** Tests get the console as baseURL and a client-node API on the engine (what kubectl would do). */
export const test = base.extend<{ e2e: E2eEnv; custom: CustomObjectsApi }>({
  // Playwright's fixture callback is named `provide` here: lint reads `use` as React's hook.
  e2e: async ({}, provide) => provide(readEnv()),
  baseURL: async ({ e2e }, provide) => provide(e2e.consoleUrl),
  custom: async ({ e2e }, provide) => {
    const kc = new KubeConfig();
    kc.loadFromFile(e2e.kubeconfigPath);
    await provide(kc.makeApiClient(CustomObjectsApi));
  },
});

export { expect };

export const ksvcApi = { group: 'serving.knative.dev', version: 'v1', plural: 'services' } as const;

export const helloService = (name: string, namespace = 'default') => ({
  apiVersion: 'serving.knative.dev/v1',
  kind: 'Service',
  metadata: { name, namespace },
  spec: { template: { spec: { containers: [{ image: 'ghcr.io/knative/helloworld-go', env: [{ name: 'TARGET', value: 'e2e' }] }] } } },
});
