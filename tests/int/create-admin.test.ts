import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isProcessAlive, startEmbeddedPostgres } from '../../scripts/lib/embedded-postgres'
import { SCRIPT_NODE_ARGS } from '../../scripts/lib/script-node-args'
import { testPayload, unique } from '../support/payload'

/** `npm run create-admin -- <args>` exactly as the operator runs it (through scripts/launch.ts), with `stdin` piped in. */
async function createAdmin(
  args: string[],
  stdin: string,
  env: Record<string, string> = {},
): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [...SCRIPT_NODE_ARGS, 'scripts/launch.ts', 'create-admin', ...args], {
    // As on a production server: the command must not depend on development defaults.
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  child.stdin.end(stdin)
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  return { code, output }
}

// Each run compiles and boots Payload in a new process: tens of seconds on a busy machine.
const RUN_TIMEOUT = 120_000

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const canSignIn = (email: string, password: string) =>
  payload.login({ collection: 'users', data: { email, password } }).then(
    () => true,
    () => false,
  )

describe('npm run create-admin', { timeout: 2 * RUN_TIMEOUT }, () => {
  it('creates an admin with the password piped in, and refuses an email that already has an account', async () => {
    const email = `${unique('boss')}@test.localhost`
    const made = await createAdmin([email, '--name', 'Night Editor'], 'piped password 1\n')
    expect(made.code, made.output).toBe(0)
    expect(made.output).toContain(`Created the admin ${email}`)
    expect(made.output).not.toContain('piped password 1')
    const [user] = (await payload.find({ collection: 'users', where: { email: { equals: email } } })).docs
    expect(user?.roles).toEqual(['admin'])
    expect(user?.name).toBe('Night Editor')
    expect(await canSignIn(email, 'piped password 1')).toBe(true)

    const again = await createAdmin([email], 'another password\n')
    expect(again.code).toBe(1)
    expect(again.output).toMatch(/already exists: nothing was changed/)
    expect((await payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs).toBe(1)
    expect(await canSignIn(email, 'piped password 1')).toBe(true)
    expect(await canSignIn(email, 'another password')).toBe(false)
  })

  it('makes up a password and prints it when none is piped in', async () => {
    const email = `${unique('boss')}@test.localhost`
    const made = await createAdmin([email], '')
    expect(made.code, made.output).toBe(0)
    const password = /Password \(shown once; change it after signing in\): (\S+)/.exec(made.output)?.[1]
    expect(password, made.output).toBeDefined()
    expect(password!.length).toBeGreaterThanOrEqual(20)
    expect(await canSignIn(email, password!)).toBe(true)
  })

  it('says what is wrong with an email Payload refuses, and creates nothing', async () => {
    const before = (await payload.count({ collection: 'users' })).totalDocs
    const made = await createAdmin(['not-an-email'], 'pw\n')
    expect(made.code).toBe(1)
    expect(made.output).toMatch(/No account was created: email/)
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(before)
  })
})

describe('npm run create-admin on the embedded PostgreSQL', { timeout: RUN_TIMEOUT }, () => {
  let dataDir: string
  let stop: () => Promise<void>

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'summit-wire-create-admin-'))
    // What `npm start` without DATABASE_URL leaves running: the cluster under EMBEDDED_DATA_DIR.
    stop = (await startEmbeddedPostgres({ dataDir })).stop
  }, 120_000)

  afterAll(async () => {
    await stop?.()
    await fs.rm(dataDir, { recursive: true, force: true })
  })

  it("joins the server's running database instead of stopping it, and migrates a fresh one", async () => {
    const pid = Number((await fs.readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0])
    const made = await createAdmin(['owner@test.localhost'], 'owner password\n', {
      DATABASE_URL: '',
      EMBEDDED_DATA_DIR: dataDir,
    })
    expect(made.code, made.output).toBe(0)
    expect(made.output).toMatch(/Using the embedded PostgreSQL already running/)
    expect(isProcessAlive(pid)).toBe(true)

    const port = (await fs.readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[3]
    const { password } = JSON.parse(await fs.readFile(path.join(dataDir, 'postgres-credentials.json'), 'utf8')) as {
      password: string
    }
    const client = new pg.Client({
      connectionString: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/summitwire`,
    })
    await client.connect()
    try {
      const { rows } = await client.query<{ email: string; roles: string }>(
        'select u.email, r.value as roles from users u join users_roles r on r.parent_id = u.id',
      )
      expect(rows).toEqual([{ email: 'owner@test.localhost', roles: 'admin' }])
    } finally {
      await client.end()
    }
  })
})
