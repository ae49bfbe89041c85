import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { FullConfig } from '@playwright/test'

import { startEmbeddedPostgres } from '../../scripts/lib/embedded-postgres'

async function waitForHealth(url: string, server: { exited: boolean }, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.exited) throw new Error('The production server exited during start; see its output above.')
    const status = await fetch(url).then((response) => response.status, () => 0)
    if (status === 200) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`The production server did not become healthy at ${url} within ${timeoutMs / 1000}s`)
}

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
    PORT: new URL(baseURL).port,
    SITE_URL: baseURL,
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    // Production seeds only when asked: ask, so the site reads like the real publication.
    SEED_DEMO: '1',
    MEDIA_DIR: path.join(dataDir, 'media'),
    NEXT_TELEMETRY_DISABLED: '1',
  }
  // Its own process group, so teardown stops npm, the launcher and Next together.
  const child = spawn('npm', ['start'], { env, detached: true, stdio: ['ignore', 'inherit', 'inherit'] })
  const server = { exited: false }
  child.on('exit', () => (server.exited = true))

  const stop = async () => {
    if (!server.exited && child.pid) {
      process.kill(-child.pid, 'SIGTERM')
      await new Promise((resolve) => child.once('exit', resolve))
    }
    await database.stop()
  }

  try {
    await waitForHealth(`${baseURL}/api/health`, server, 120_000)
  } catch (error) {
    await stop()
    throw error
  }

  // What the specs need to act as the newsroom and as a script beside the server.
  process.env.E2E_ADMIN_EMAIL = admin.email
  process.env.E2E_ADMIN_PASSWORD = admin.password
  process.env.E2E_DATABASE_URL = database.url
  process.env.E2E_PAYLOAD_SECRET = env.PAYLOAD_SECRET
  // The server's process group, for the load test's memory readings.
  process.env.E2E_SERVER_GROUP = String(child.pid)
  return stop
}
