import { defineConfig } from 'vitest/config'

import base from './vitest.config.mts'

/**
 * `npm run test:cluster`: two production nodes of the current build, Redis, PostgreSQL and
 * Varnish, started by the test itself (tests/cluster/support/cluster.ts), so none of the
 * integration suite's shared database. The same module resolution as the integration suite.
 */
export default defineConfig({
  resolve: base.resolve,
  test: {
    include: ['tests/cluster/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
})
