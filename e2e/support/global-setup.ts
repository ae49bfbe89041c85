import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { FullConfig } from '@playwright/test'

import { startEmbeddedPostgres } from '../../scripts/lib/embedded-postgres'
import { startProductionServer } from '../../scripts/lib/production-server'

/**
 * The production build (`next build`, run by `npm run test:e2e` before Playwright) served by
 * `npm start` exactly as a deployment runs it, on a throwaway embedded PostgreSQL whose URL
 * the tests also get, so they can save through Payload's Local API as a script would.
 */
export default async function globalSetup(config: FullConfig) {
  const baseURL = config.projects[0]?.use.baseURL ?? 'http://127.0.0.1:3100'
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'summit-wire-e2e-'))
  const database = await startEmbeddedPostgres({ dataDir, databaseName: 'summitwire_e2e', throwaway: true })

  const admin = { email: 'admin@e2e.localhost', password: randomBytes(12).toString('base64url') }
  const env = {
    ...process.env,
    NODE_ENV: 'production' as const,
    SITE_URL: baseURL,
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    // Production seeds only when asked: ask, so the site reads like the real publication.
    SEED_DEMO: '1',
    MEDIA_DIR: path.join(dataDir, 'media'),
    HOT_PATHS_FILE: path.join(dataDir, 'hot-paths.json'),
    NEXT_TELEMETRY_DISABLED: '1',
    // Short, so that a test can wait out the staleness bound (e2e/bounded-invalidation.spec.ts).
    CACHE_STALE_SECONDS: '5',
  }
  // `npm start`, in a process group of its own, so teardown stops npm, the launcher and Next together.
  const server = await startProductionServer({
    port: Number(new URL(baseURL).port),
    env,
    viaNpmStart: true,
    stdio: ['ignore', 'inherit', 'inherit'],
  }).catch(async (error: unknown) => {
    await database.stop()
    throw error
  })
  const stop = async () => {
    await server.stop()
    await database.stop()
  }

  // What the specs need to act as the newsroom and as a script beside the server.
  process.env.E2E_ADMIN_EMAIL = admin.email
  process.env.E2E_ADMIN_PASSWORD = admin.password
  process.env.E2E_DATABASE_URL = database.url
  process.env.E2E_PAYLOAD_SECRET = env.PAYLOAD_SECRET
  process.env.E2E_STALE_SECONDS = env.CACHE_STALE_SECONDS
  // The server's process group, for the load test's memory readings.
  process.env.E2E_SERVER_GROUP = String(server.child.pid)
  return stop
}
