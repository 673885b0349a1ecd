import { defineConfig } from 'vitest/config';

// Real UI in Debian's Chromium over the web mode; needs `npm run build` first (the test script does it).
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
