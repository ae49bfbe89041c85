import path from 'node:path'

import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: [
      { find: '@payload-config', replacement: path.resolve(import.meta.dirname, 'payload.config.ts') },
      { find: /^@\//, replacement: `${import.meta.dirname}/` },
      // One graphql for all, as in the Next server (withPayload makes it external): the project's
      // own ESM imports would otherwise get graphql's .mjs build while Payload's GraphQL handler
      // (graphql-http, CommonJS) gets its .js build, and an error made by one is not an error
      // to the other.
      { find: /^graphql$/, replacement: path.resolve(import.meta.dirname, 'node_modules/graphql/index.js') },
    ],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // The cluster test starts its own servers from the production build: npm run test:cluster.
    exclude: ['tests/cluster/**', 'node_modules/**'],
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
