/**
 * Browser journeys (run by scripts/e2e.mjs, which starts the server and sets
 * E2E_BASE_URL). One file at a time: they share one server and its demo data.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A flaky browser start should not hide a real failure, nor should a retry mask one.
    retry: 0,
  },
});
