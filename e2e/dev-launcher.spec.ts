import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { isProcessAlive } from '../scripts/lib/embedded-postgres'

/**
 * The newcomer's path: `npm run dev` with nothing configured brings up an embedded
 * PostgreSQL, migrates it, creates a demo editor and prints its login, serves the site, and
 * stops PostgreSQL again on Ctrl-C.
 */
test('`npm run dev` with nothing configured serves the site and admin on an embedded PostgreSQL', async ({ playwright }) => {
  test.setTimeout(240_000)
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'summit-wire-dev-'))
  const port = Number(process.env.E2E_DEV_PORT ?? 3300)
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), EMBEDDED_DATA_DIR: dataDir }
  for (const name of ['DATABASE_URL', 'PAYLOAD_SECRET', 'NODE_ENV', 'ADMIN_EMAIL', 'ADMIN_PASSWORD', 'SITE_URL']) delete env[name]

  const child = spawn('npm', ['run', 'dev'], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise((resolve) => child.on('exit', resolve))
  const api = await playwright.request.newContext({ baseURL: `http://127.0.0.1:${port}` })

  try {
    await expect
      .poll(async () => (await api.get('/api/health').catch(() => null))?.status() ?? 0, { timeout: 150_000, intervals: [1000] })
      .toBe(200)
    expect(output).toContain('Embedded PostgreSQL ready')
    await expect.poll(() => output, { timeout: 30_000 }).toContain('Demo editor login')

    const login = JSON.parse(await fs.readFile(path.join(dataDir, 'demo-editor.json'), 'utf8')) as { email: string; password: string }
    expect(output).toContain(login.password)
    expect((await api.post('/api/users/login', { data: login })).status()).toBe(200)

    const home = await api.get('/')
    expect(home.status()).toBe(200)
    expect(await home.text()).toContain('Summit Wire')
  } finally {
    // Ctrl-C reaches the whole foreground group: npm, the launcher, Next and PostgreSQL.
    if (child.pid) process.kill(-child.pid, 'SIGINT')
    await exited
    await api.dispose()
  }

  const pidFile = await fs.readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').catch(() => null)
  const postgresPid = pidFile ? Number(pidFile.split('\n')[0]) : null
  // npm may exit before the launcher has finished stopping the database: give it a moment.
  await expect.poll(() => postgresPid === null || !isProcessAlive(postgresPid), { message: 'PostgreSQL must stop with the app', timeout: 20_000 }).toBe(true)
  await fs.rm(dataDir, { recursive: true, force: true })
})
