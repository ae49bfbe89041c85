import path from 'node:path'

import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: {
      '@payload-config': path.resolve(import.meta.dirname, 'payload.config.ts'),
      '@': import.meta.dirname,
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // One throwaway embedded PostgreSQL for the whole run, migrated by `npm run migrate`'s code.
    globalSetup: ['tests/support/global-setup.ts'],
    setupFiles: ['tests/support/env.ts'],
    // Integration files share one database and one Payload per worker; run them one after another.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
})
