import { defineConfig } from 'vitest/config';

// Two projects: "unit" (pure and file-level tests, fast, parallel) and "e2e" (the built site, its
// PDFs and a real Chromium), which shares one build made by its global setup and runs one file
// at a time on these 2-core machines.
export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/e2e/**'] },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
