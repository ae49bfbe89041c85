import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { freePort, startEmbeddedPostgres, type EmbeddedDatabase } from '../scripts/lib/embedded-postgres'
import { SCRIPT_NODE_ARGS } from '../scripts/lib/script-node-args'
import { RETRY_AFTER_SECONDS } from '../lib/http/retry-after.mjs'
import { startProductionServer, type ProductionServer } from '../scripts/lib/production-server'

/*
 * The real embedded PostgreSQL stops and starts again under a running production server of its
 * own (the suite's shared server and database are left alone).
 */
test.describe.configure({ timeout: 240_000 })

async function until(check: () => Promise<boolean>, what: string, seconds = 30): Promise<void> {
  const deadline = Date.now() + seconds * 1000
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`timed out waiting for ${what}`)
}

test('while the database is down cached pages answer, others say 503 and come back by themselves', async ({ page }) => {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'summit-wire-outage-'))
  const databaseName = 'summitwire_outage'
  let database: EmbeddedDatabase | undefined = await startEmbeddedPostgres({ dataDir, databaseName })
  const dbPort = Number(new URL(database.url).port)
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  const env = {
    ...process.env,
    NODE_ENV: 'production' as const,
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    SITE_URL: origin,
    MEDIA_DIR: path.join(dataDir, 'media'),
    HOT_PATHS_FILE: path.join(dataDir, 'hot-paths.json'),
    SEED_DEMO: '1',
    NEXT_TELEMETRY_DISABLED: '1',
  }
  let server: ProductionServer | undefined
  const get = (pathname: string) => fetch(`${origin}${pathname}`)
  try {
    execFileSync(process.execPath, [...SCRIPT_NODE_ARGS, 'scripts/migrate.ts'], { env, stdio: 'ignore' })
    // Started as `npm start` starts it, server edge included.
    server = await startProductionServer({ port, env, detached: true, stdio: 'ignore' })

    // Readers have been here: these come from Next's cache from now on.
    const cached = ['/', '/articles/record-trade-200bn', '/feed.xml']
    for (const pathname of [...cached, ...cached]) expect((await get(pathname)).status, pathname).toBe(200)

    await database.stop()
    database = undefined
    await until(async () => (await get('/api/health')).status === 503, 'health to notice')
    // One Retry-After, from health and from the pages the server edge turns into 503s.
    expect((await get('/api/health')).headers.get('retry-after')).toBe(String(RETRY_AFTER_SECONDS))
    // The server edge checks the database every two seconds.
    await new Promise((resolve) => setTimeout(resolve, 2500))

    for (const pathname of cached) expect((await get(pathname)).status, pathname).toBe(200)
    expect(await (await get('/')).text()).toContain('Xi and Putin hail record trade')

    for (const pathname of ['/topics/trade', `/search?q=pipeline${Date.now()}`, '/api/articles?limit=1']) {
      const response = await get(pathname)
      expect(response.status, pathname).toBe(503)
      expect(response.headers.get('retry-after'), pathname).toBe(String(RETRY_AFTER_SECONDS))
      expect(response.headers.get('cache-control'), pathname).toBe('no-store')
      expect(await response.text(), pathname).not.toMatch(/\n\s+at .+:\d+:\d+/)
    }
    // A search says so in the search page, with the form to try again.
    const search = await (await get(`/search?q=pipeline${Date.now()}`)).text()
    expect(search).toContain('Search is not available right now')
    expect(search).toContain('name="q"')
    // A reader's browser explains it in words.
    await page.goto(`${origin}/people/vladimir-putin`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not available right now')
    await expect(page.locator('main section[role="alert"]')).toContainText('Our newsroom database is not answering')

    // The admin says it too, on whatever screen it can still show.
    await page.goto(`${origin}/admin`)
    await expect(page.locator('.database-unreachable')).toContainText('The newsroom database is unreachable.')

    database = await startEmbeddedPostgres({ dataDir, databaseName, port: dbPort })
    // No restart: the same server serves the page once the database is back.
    await until(async () => (await get('/topics/trade')).status === 200, 'recovery', 60)
    expect((await get('/api/health')).status).toBe(200)
  } finally {
    await server?.stop()
    await database?.stop()
    await fs.rm(dataDir, { recursive: true, force: true })
  }
})
