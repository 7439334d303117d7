import { defineConfig } from 'vitest/config';

// Non-browser tests: unit tests and integration tests through the real HTTP app against a
// real database (PGlite, or PostgreSQL when TEST_DATABASE_URL is set), one per test file.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
