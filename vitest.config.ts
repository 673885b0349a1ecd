import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Unit, integration and component tests. The e2e suite has its own config (vitest.e2e.config.ts).
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'integration', include: ['test/integration/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['test/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['test/component/setup.ts'],
          // Whole-shell renders with axe checks in jsdom take seconds on a busy 2-core machine.
          testTimeout: 20_000,
        },
      },
    ],
  },
});
