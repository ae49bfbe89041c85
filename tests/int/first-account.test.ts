import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { createEmptyDatabase } from '../support/empty-database'

/**
 * Who may create the first account of a fresh site, against a database with no account and
 * the app's own REST and GraphQL handlers over HTTP. In production: nobody from the web
 * without the one-time setup token the server prints at start; that token works once.
 */

const databaseUrl = await createEmptyDatabase('first_account')
process.env.DATABASE_URL = databaseUrl
// ensureFirstUser keeps the development demo login here, never in the project's .data/.
process.env.EMBEDDED_DATA_DIR = await fs.mkdtemp(path.join(os.tmpdir(), 'summit-wire-first-account-'))

const { getPayload } = await import('payload')
const { default: config } = await import('../../payload.config')
const { runMigrations } = await import('../../lib/server/migrations')
const { ensureFirstUser } = await import('../../lib/server/first-user')
const { issueSetupToken } = await import('../../lib/server/setup-token')
const { FIRST_ACCOUNT_REFUSAL } = await import('../../lib/server/first-user-gate')
const { startApiServer } = await import('../support/api-server')

let payload: Payload
let api: Awaited<ReturnType<typeof startApiServer>>
const savedEnv = {
  NODE_ENV: process.env.NODE_ENV,
  ADMIN_EMAIL: process.env.ADMIN_EMAIL,
  ADMIN_PASSWORD: process.env.ADMIN_PASSWORD,
}

function setEnv(name: keyof typeof savedEnv, value: string | undefined): void {
  // NODE_ENV is typed read-only for application code; tests switch it on purpose.
  const env = process.env as Record<string, string | undefined>
  if (value === undefined) delete env[name]
  else env[name] = value
}

let counter = 0
const account = () => ({
  email: `first-${++counter}@test.localhost`,
  password: `pw-${counter}-long-enough`,
  name: `First ${counter}`,
})

function firstRegister(body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${api.url}/api/users/first-register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
}

async function message(response: Response): Promise<string> {
  const body = (await response.json()) as { errors?: { message: string }[] }
  return body.errors?.map((error) => error.message).join(' ') ?? ''
}

const userCount = async () => (await payload.count({ collection: 'users' })).totalDocs

async function setupTokenRows(): Promise<{ key: string }[]> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return (await client.query<{ key: string }>("select key from payload_kv where key like 'first-user-setup-token:%'"))
      .rows
  } finally {
    await client.end()
  }
}

/** What a production start prints, and the token in its link. */
async function startOutput(): Promise<{ printed: string; token: string | null }> {
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined)
  try {
    await ensureFirstUser(payload)
    const printed = log.mock.calls.map((call) => call.join(' ')).join('\n')
    return { printed, token: /create-first-user\?token=([A-Za-z0-9_-]+)/.exec(printed)?.[1] ?? null }
  } finally {
    log.mockRestore()
  }
}

beforeAll(async () => {
  payload = await getPayload({ config })
  await runMigrations(payload)
  api = await startApiServer()
})

afterAll(async () => {
  await api?.close()
  for (const [name, value] of Object.entries(savedEnv)) setEnv(name as keyof typeof savedEnv, value)
})

beforeEach(async () => {
  setEnv('ADMIN_EMAIL', undefined)
  setEnv('ADMIN_PASSWORD', undefined)
  await payload.delete({ collection: 'users', where: {} })
  await payload.db.deleteMany({ collection: 'payload-kv', where: {} })
})

describe('in production, with no account yet', () => {
  beforeEach(() => setEnv('NODE_ENV', 'production'))
  afterEach(() => setEnv('NODE_ENV', savedEnv.NODE_ENV))

  it('refuses an anonymous first-register, REST create and GraphQL createUser, saying how the first account is made', async () => {
    const anonymous = await firstRegister(account())
    expect(anonymous.status).toBe(403)
    const said = await message(anonymous)
    expect(said).toBe(FIRST_ACCOUNT_REFUSAL)
    expect(said).toMatch(/ADMIN_EMAIL and ADMIN_PASSWORD/)
    expect(said).toMatch(/npm run create-admin/)
    expect(said).toMatch(/setup token/)

    const guessed = await firstRegister(account(), { 'x-setup-token': 'not-the-token' })
    expect(guessed.status).toBe(403)

    const rest = await fetch(`${api.url}/api/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(account()),
    })
    expect(rest.status).toBe(403)

    const { email, password, name } = account()
    const graphql = await fetch(`${api.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation { createUser(data: { email: "${email}", password: "${password}", name: "${name}" }) { id } }`,
      }),
    })
    const graphqlBody = (await graphql.json()) as { errors?: { message: string }[]; data?: unknown }
    expect(graphqlBody.errors?.[0]?.message).toBe(FIRST_ACCOUNT_REFUSAL)

    expect(await userCount()).toBe(0)
  })

  it('prints a one-time setup token at start that creates the first admin once, then is dead', async () => {
    const { printed, token } = await startOutput()
    expect(token, printed).not.toBeNull()
    expect(Buffer.from(token!, 'base64url').length).toBeGreaterThanOrEqual(16)
    expect(printed).toMatch(/ADMIN_EMAIL/)
    expect(printed).toMatch(/npm run create-admin/)
    // Only a hash is kept.
    const stored = await setupTokenRows()
    expect(stored).toHaveLength(1)
    expect(JSON.stringify(stored)).not.toContain(token!)

    const first = account()
    const created = await firstRegister(first, { 'x-setup-token': token! })
    expect(created.status, await created.clone().text()).toBe(200)
    const [user] = (await payload.find({ collection: 'users', where: { email: { equals: first.email } } })).docs
    expect(user?.roles).toEqual(['admin'])
    expect(await setupTokenRows()).toEqual([])

    // Dead, not just outnumbered: with the account gone again the token still opens nothing.
    await payload.delete({ collection: 'users', where: {} })
    const again = await firstRegister(account(), { 'x-setup-token': token! })
    expect(again.status).toBe(403)
    expect(await userCount()).toBe(0)
  })

  it('keeps the token through a refused form, takes it from the cookie the first-user screen sends, and gives two racing requests one account', async () => {
    const token = await issueSetupToken(payload)
    const cookie = { cookie: `summit-wire-setup-token=${token}` }

    const missingName = await firstRegister({ email: 'no-name@test.localhost', password: 'pw-long-enough' }, cookie)
    expect(missingName.status).toBe(400)
    expect(await userCount()).toBe(0)

    const race = await Promise.all([firstRegister(account(), cookie), firstRegister(account(), cookie)])
    expect(race.map((response) => response.status).sort()).toEqual([200, 403])
    expect(await userCount()).toBe(1)
    expect(await setupTokenRows()).toEqual([])
  })

  it('ends every outstanding token once an account exists by another way, and refuses an expired one', async () => {
    const outstanding = await issueSetupToken(payload)
    await payload.create({ collection: 'users', data: { ...account(), roles: ['admin'] } })
    await payload.delete({ collection: 'users', where: {} })
    expect((await firstRegister(account(), { 'x-setup-token': outstanding })).status).toBe(403)

    const expired = await issueSetupToken(payload)
    const client = new pg.Client({ connectionString: databaseUrl })
    await client.connect()
    await client.query(
      `update payload_kv set data = '{"expiresAt":"2000-01-01T00:00:00.000Z"}' where key like 'first-user-setup-token:%'`,
    )
    await client.end()
    expect((await firstRegister(account(), { 'x-setup-token': expired })).status).toBe(403)
    expect(await userCount()).toBe(0)
  })

  it('prints a token when ADMIN_PASSWORD is missing, and once both are set creates the first admin from them and ends that token', async () => {
    setEnv('ADMIN_EMAIL', 'boss@test.localhost')
    const forgotten = await startOutput()
    expect(forgotten.token, forgotten.printed).not.toBeNull()
    expect(await userCount()).toBe(0)

    setEnv('ADMIN_PASSWORD', 'boss-password-long-enough')
    const { printed, token } = await startOutput()
    expect(token, printed).toBeNull()
    const { docs } = await payload.find({ collection: 'users' })
    expect(docs.map((doc) => [doc.email, doc.roles])).toEqual([['boss@test.localhost', ['admin']]])
    expect(
      await payload.login({
        collection: 'users',
        data: { email: 'boss@test.localhost', password: 'boss-password-long-enough' },
      }),
    ).toHaveProperty('token')
    expect(await setupTokenRows()).toEqual([])

    await payload.delete({ collection: 'users', where: {} })
    expect((await firstRegister(account(), { 'x-setup-token': forgotten.token! })).status).toBe(403)
  })
})

describe('in development', () => {
  afterEach(() => setEnv('NODE_ENV', savedEnv.NODE_ENV))

  it("keeps Payload's open first-user endpoint and the demo editor, with no token; only production closes them", async () => {
    setEnv('NODE_ENV', 'development')
    const created = await firstRegister(account())
    expect(created.status, await created.clone().text()).toBe(200)
    expect((await payload.find({ collection: 'users' })).docs.map((doc) => doc.roles)).toEqual([['admin']])

    await payload.delete({ collection: 'users', where: {} })
    const { printed, token } = await startOutput()
    expect(token).toBeNull()
    expect(printed).toMatch(/Demo editor login/)
    expect((await payload.find({ collection: 'users' })).docs.map((doc) => doc.email)).toEqual([
      'editor@summitwire.localhost',
    ])
    expect(await setupTokenRows()).toEqual([])

    // The same request, on the same empty database, in production.
    await payload.delete({ collection: 'users', where: {} })
    setEnv('NODE_ENV', 'production')
    expect((await firstRegister(account())).status).toBe(403)
    expect(await userCount()).toBe(0)
  })
})
