import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx', 'test/integration/**/*.test.ts', 'test/integration/**/*.test.tsx', 'test/data/**/*.test.ts'],
    environment: 'node',
  },
});
