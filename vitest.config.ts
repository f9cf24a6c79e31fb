import { defineConfig } from 'vitest/config';

/**
 * `npm test` runs three projects together: unit and integration tests run in-process against an
 * in-memory or file database; process tests start the built server (dist/server.mjs) and other
 * programs as the user would. `npx vitest run --project unit --project integration` for the fast ones.
 */
export default defineConfig({
  test: {
    environment: 'node',
    // The assets, built once for the whole run (src/build.ts), as the server reads them from dist/.
    globalSetup: ['test/helpers/global-setup.ts'],
    // Vitest's default is one worker fewer than the cores: a single worker on a two-core machine.
    // The process tests mostly wait on the programs they start, so three workers keep both cores busy.
    maxWorkers: 3,
    projects: [
      // A worker runs its test files one after another in one module graph (isolate: false): the
      // app's modules and the client bundle are loaded once per worker rather than once per file.
      // Each file still builds its own app on its own database.
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'], isolate: false } },
      {
        extends: true,
        test: { name: 'integration', include: ['test/integration/**/*.test.ts', 'test/integration/**/*.test.tsx', 'test/data/**/*.test.ts'], isolate: false },
      },
      {
        extends: true,
        test: { name: 'process', include: ['test/process/**/*.test.ts'], globalSetup: ['test/process/global-setup.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
      },
    ],
  },
});
