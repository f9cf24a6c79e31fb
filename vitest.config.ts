import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx', 'test/integration/**/*.test.ts', 'test/integration/**/*.test.tsx', 'test/data/**/*.test.ts'],
    environment: 'node',
    // The assets, built once for the whole run (src/build.ts), as the server reads them from dist/.
    globalSetup: ['test/helpers/global-setup.ts'],
  },
});
