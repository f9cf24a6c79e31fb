import { defineConfig } from 'vitest/config';

/**
 * `npm test` runs three projects together: unit and integration tests run in-process against an
 * in-memory or file database; process tests start the built server (dist/server.mjs) and other
 * programs as the user would. `npx vitest run --project unit --project integration` for the fast ones.
 */
export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'] } },
      {
        extends: true,
        test: { name: 'integration', include: ['test/integration/**/*.test.ts', 'test/integration/**/*.test.tsx', 'test/data/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'process', include: ['test/process/**/*.test.ts'], globalSetup: ['test/process/global-setup.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
      },
    ],
  },
});
