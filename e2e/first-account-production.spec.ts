import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { expect, test } from '@playwright/test'
import pg from 'pg'

import { freePort, startEmbeddedPostgres } from '../scripts/lib/embedded-postgres'
import { spawnProductionServer } from '../scripts/lib/production-server'

/*
 * A fresh production deployment nobody has configured an admin for: `npm start` with an empty
 * database and no ADMIN_EMAIL (docker-compose's default), on its own port and its own
 * throwaway PostgreSQL (the suite's shared server and database are left alone).
 */
test.describe.configure({ timeout: 300_000 })

test('a fresh production site gives its first account only to whoever holds the token from its log, once', async ({
  browser,
  playwright,
}) => {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'summit-wire-first-account-'))
  const database = await startEmbeddedPostgres({ dataDir, databaseName: 'summitwire_first_account', throwaway: true })
  const port = Number(process.env.E2E_FIRST_ACCOUNT_PORT ?? (await freePort()))
  const origin = `http://127.0.0.1:${port}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    SITE_URL: origin,
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    MEDIA_DIR: path.join(dataDir, 'media'),
    HOT_PATHS_FILE: path.join(dataDir, 'hot-paths.json'),
    NEXT_TELEMETRY_DISABLED: '1',
  }
  for (const name of ['ADMIN_EMAIL', 'ADMIN_PASSWORD', 'SEED_DEMO']) delete env[name]

  // `npm start`, in a process group of its own, so the end stops npm, the launcher and Next.
  const server = spawnProductionServer({ port, env, viaNpmStart: true, stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  server.child.stdout?.on('data', (chunk) => (log += chunk))
  server.child.stderr?.on('data', (chunk) => (log += chunk))
  const api = await playwright.request.newContext({ baseURL: origin })
  const users = async () => {
    const client = new pg.Client({ connectionString: database.url })
    await client.connect()
    try {
      return (
        await client.query<{ email: string; role: string }>(
          'select u.email, r.value as role from users u left join users_roles r on r.parent_id = u.id',
        )
      ).rows
    } finally {
      await client.end()
    }
  }

  try {
    await server.healthy(150_000).catch((error: Error) => {
      throw new Error(`${error.message}\n${log}`)
    })
    await expect.poll(() => log, { timeout: 30_000 }).toContain('No account yet')
    const token = /\/admin\/create-first-user\?token=([A-Za-z0-9_-]+)/.exec(log)?.[1]
    expect(token, log).toBeDefined()

    // Anyone else: the screen explains, and the endpoint refuses and creates nothing.
    const stranger = await browser.newContext({ baseURL: origin })
    const strangerPage = await stranger.newPage()
    await strangerPage.goto('/admin')
    await expect(strangerPage).toHaveURL(/\/admin\/create-first-user$/)
    await expect(strangerPage.getByRole('heading', { name: 'This site has no account yet' })).toBeVisible()
    await expect(strangerPage.getByText('npm run create-admin -- you@example.com')).toBeVisible()
    await expect(strangerPage.getByText('ADMIN_EMAIL', { exact: true })).toBeVisible()
    await expect(strangerPage.locator('#field-email')).toHaveCount(0)
    if (process.env.E2E_SCREENSHOTS)
      await strangerPage.screenshot({
        path: path.join(process.env.E2E_SCREENSHOTS, 'first-account-refused.png'),
        fullPage: true,
      })
    await strangerPage.goto('/admin/create-first-user?token=guessed')
    await expect(strangerPage).toHaveURL(/\/admin\/create-first-user$/)
    await expect(
      strangerPage.getByRole('alert').filter({ hasText: 'setup token this browser holds is not valid' }),
    ).toBeVisible()
    await expect(strangerPage.locator('#field-email')).toHaveCount(0)
    await stranger.close()

    const anonymous = await api.post('/api/users/first-register', {
      data: { email: 'mallory@example.com', password: 'mallory-password', name: 'Mallory' },
    })
    expect(anonymous.status()).toBe(403)
    expect(JSON.stringify(await anonymous.json())).toMatch(/ADMIN_EMAIL.*create-admin.*setup token/)
    expect(await users()).toEqual([])

    // Whoever reads the log: the link opens the form, without the token left in the address bar.
    const operator = await browser.newContext({ baseURL: origin })
    const page = await operator.newPage()
    await page.goto(`/admin/create-first-user?token=${token}`)
    await expect(page).toHaveURL(`${origin}/admin/create-first-user`)
    // Payload's screen draws the Users collection's own email field as well as its auth email;
    // both edit the one `email` value.
    await page.locator('#field-email').first().fill('chief@example.com')
    await page.locator('#field-password').fill('chief-password-long-enough')
    await page.locator('#field-confirm-password').fill('chief-password-long-enough')
    await page.locator('#field-name').fill('Chief Editor')
    if (process.env.E2E_SCREENSHOTS)
      await page.screenshot({ path: path.join(process.env.E2E_SCREENSHOTS, 'first-account-form.png'), fullPage: true })
    await page.getByRole('button', { name: 'Create' }).click()
    await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 30_000 })
    await expect.poll(users).toEqual([{ email: 'chief@example.com', role: 'admin' }])
    await operator.close()

    // Once: the same token opens nothing now, in a browser or by script.
    const again = await api.post('/api/users/first-register', {
      headers: { 'x-setup-token': token! },
      data: { email: 'second@example.com', password: 'second-password', name: 'Second' },
    })
    expect(again.status()).toBe(403)
    const late = await browser.newContext({ baseURL: origin })
    const latePage = await late.newPage()
    await latePage.goto(`/admin/create-first-user?token=${token}`)
    await expect(latePage).toHaveURL(/\/admin\/login/)
    await late.close()
    expect(await users()).toEqual([{ email: 'chief@example.com', role: 'admin' }])
  } finally {
    await server.stop()
    await api.dispose()
    await database.stop()
    await fs.rm(dataDir, { recursive: true, force: true })
  }
})
