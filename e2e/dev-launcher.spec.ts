import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { isProcessAlive } from '../scripts/lib/embedded-postgres'
import { waitForHealth } from '../scripts/lib/production-server'
import { privateClone } from '../tests/support/private-clone'

/**
 * The newcomer's path: a clone in a private folder (as root's home or `mktemp -d` give), then
 * `npm run dev` with nothing configured brings up an embedded PostgreSQL, migrates it, creates
 * a demo editor and prints its login, serves the site, prints nothing it need not (no
 * warnings), and stops PostgreSQL again on Ctrl-C.
 */
test('`npm run dev` from a clone in a private folder, with nothing configured, serves the site and admin', async ({
  playwright,
}) => {
  test.setTimeout(240_000)
  const clone = await privateClone()
  const dataDir = path.join(clone.dir, '.data')
  // As root, PostgreSQL's own account keeps what it needs here instead of /var/lib/summit-wire.
  const serviceDir = await fs.mkdtemp(path.join(os.tmpdir(), 'summit-wire-dev-service-'))
  await fs.chmod(serviceDir, 0o755)
  const port = Number(process.env.E2E_DEV_PORT ?? 3300)
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), SERVICE_DIR: serviceDir }
  for (const name of [
    'DATABASE_URL',
    'PAYLOAD_SECRET',
    'NODE_ENV',
    'ADMIN_EMAIL',
    'ADMIN_PASSWORD',
    'SITE_URL',
    'EMBEDDED_DATA_DIR',
    'MEDIA_DIR',
    'NODE_OPTIONS',
  ])
    delete env[name]

  const child = spawn('npm', ['run', 'dev'], { cwd: clone.dir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise((resolve) => child.on('exit', resolve))
  const api = await playwright.request.newContext({ baseURL: `http://127.0.0.1:${port}` })
  let postgresPid = 0

  try {
    await waitForHealth(`http://127.0.0.1:${port}`, child, 150_000).catch((error: Error) => {
      throw new Error(`${error.message}\n${output}`)
    })
    expect(output).toContain('Embedded PostgreSQL ready')
    await expect.poll(() => output, { timeout: 30_000 }).toContain('Demo editor login')

    const login = JSON.parse(await fs.readFile(path.join(dataDir, 'demo-editor.json'), 'utf8')) as {
      email: string
      password: string
    }
    expect(output).toContain(login.password)
    expect((await api.post('/api/users/login', { data: login })).status()).toBe(200)

    // In the clone, or (as root: the postgres account cannot enter a private folder) in the
    // service folder, as the start-up line says.
    const clusterDirs = [
      path.join(dataDir, 'postgres'),
      ...(await fs.readdir(serviceDir))
        .filter((name) => name.startsWith('data-'))
        .map((name) => path.join(serviceDir, name, 'postgres')),
    ]
    const pidFiles = await Promise.all(
      clusterDirs.map((dir) => fs.readFile(path.join(dir, 'postmaster.pid'), 'utf8').catch(() => null)),
    )
    postgresPid = Number(pidFiles.find(Boolean)?.split('\n')[0])
    if (process.getuid?.() === 0)
      expect(output).toContain(`delete with: rm -rf ${clusterDirs[1] ? path.dirname(clusterDirs[1]) : '(none)'}`)

    const home = await api.get('/')
    expect(home.status()).toBe(200)
    expect(await home.text()).toContain('Summit Wire')
    // Only what matters: no deprecation or other warnings, no stack traces.
    expect(output).not.toMatch(/Warning|WARN|\n\s+at [\w.<>]+ \(/)
  } finally {
    // Ctrl-C reaches the whole foreground group: npm, the launcher, Next and PostgreSQL.
    if (child.pid) process.kill(-child.pid, 'SIGINT')
    await exited
    await api.dispose()
  }

  expect(postgresPid).toBeGreaterThan(0)
  // npm may exit before the launcher has finished stopping the database: give it a moment.
  await expect
    .poll(() => isProcessAlive(postgresPid), { message: 'PostgreSQL must stop with the app', timeout: 20_000 })
    .toBe(false)
  await clone.remove()
  await fs.rm(serviceDir, { recursive: true, force: true })
})
