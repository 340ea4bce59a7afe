import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['{lib,server,components,test,app}/**/*.test.{ts,tsx}'],
    exclude: ['node_modules', '.next', '.data', 'e2e'],
    // Integration tests start real engines and pods; on 2 cores, two files at a time is plenty.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    server: { deps: { inline: ['server-only'] } },
    alias: { 'server-only': path.resolve(import.meta.dirname, 'test/server-only-stub.ts') },
  },
});
