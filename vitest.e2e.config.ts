import { defineConfig } from 'vitest/config';

/** Browser tests: `npm run test:e2e`. The global setup starts the dashboard on a free loopback port. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One browser-driving file at a time: two cores, one server.
    fileParallelism: false,
  },
});
