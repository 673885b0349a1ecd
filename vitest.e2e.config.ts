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
    // A busy 2-core machine can take longer than the 1 s default to settle a view; a real failure still fails.
    expect: { poll: { timeout: 10_000, interval: 50 } },
  },
});
