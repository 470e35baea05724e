import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser and build tests share one built site and one Chromium: run files one at a time
    // on these 2-core machines rather than fight over them.
    fileParallelism: true,
    testTimeout: 20_000,
    hookTimeout: 240_000,
    sequence: { groupOrder: 0 },
  },
});
