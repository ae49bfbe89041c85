import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ACCOUNT_LOCK_MS, ACCOUNT_MAX_ATTEMPTS, LOGIN_ATTEMPTS_PER_CLIENT } from '../../lib/http/login-limits'
import { MAX_GRAPHQL_DEPTH } from '../../lib/server/graphql-depth-limit'
import { makeActor } from '../support/actors'
import { startApiServer } from '../support/api-server'
import { testPayload, unique } from '../support/payload'

describe('API hardening', () => {
  let api: Awaited<ReturnType<typeof startApiServer>>

  beforeAll(async () => {
    await testPayload()
    api = await startApiServer()
  })
  afterAll(async () => api.close())

  const graphql = async (query: string) => {
    const response = await fetch(`${api.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    })
    return {
      status: response.status,
      body: (await response.json()) as { data?: unknown; errors?: { message: string }[] },
    }
  }

  /** Related articles of related articles …, `levels` selections deep in all. */
  const nested = (levels: number) => {
    let selection = 'title'
    for (let level = 0; level < levels - 3; level += 1) selection = `relatedArticles { ${selection} }`
    return `{ Articles(limit: 1) { docs { ${selection} } } }`
  }

  it(`answers a GraphQL query up to ${MAX_GRAPHQL_DEPTH} levels deep and refuses a deeper one with a 400`, async () => {
    const allowed = await graphql(nested(MAX_GRAPHQL_DEPTH))
    expect(allowed.status, JSON.stringify(allowed.body)).toBe(200)
    expect(allowed.body.errors).toBeUndefined()

    const refused = await graphql(nested(MAX_GRAPHQL_DEPTH + 1))
    expect(refused.status).toBe(400)
    expect(refused.body.errors?.[0]?.message).toBe(
      `This query nests ${MAX_GRAPHQL_DEPTH + 1} levels deep; at most ${MAX_GRAPHQL_DEPTH} are allowed.`,
    )
    expect(refused.body.data ?? null).toBeNull()
  })

  it('refuses a GraphQL query too wide to be worth running, with a 4xx and a reason', async () => {
    const aliases = Array.from(
      { length: 300 },
      (_, i) => `a${i}: Articles(limit: 100) { totalDocs docs { title } }`,
    ).join(' ')
    const refused = await graphql(`{ ${aliases} }`)
    expect(refused.status).toBeGreaterThanOrEqual(400)
    expect(refused.status).toBeLessThan(500)
    expect(refused.body.errors?.[0]?.message).toMatch(/complexity/i)
  })

  const newEditor = async () => {
    const payload = await testPayload()
    const email = `${unique('signin')}@test.localhost`
    const password = unique('pw')
    const editor = await payload.create({
      collection: 'users',
      data: { email, password, name: 'Sign-in editor', roles: ['editor'] },
    })
    /** A sign-in over REST from the client at `address` (as nginx or Next would record it). */
    const login = (secret: string, address: string) =>
      fetch(`${api.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
        body: JSON.stringify({ email, password: secret }),
      })
    return { id: editor.id, password, login }
  }

  it.each([
    ['/api/articles?where[id][in]=1,abc'],
    ['/api/articles?where[authors][equals]=abc'],
    ['/api/articles?where[id][greater_than]=1e400'],
  ])('answers %s, a value the database cannot compare, with a 400 that says so', async (path) => {
    const response = await fetch(`${api.url}${path}`)
    const body = (await response.json()) as { errors?: { message: string }[] }
    expect([response.status, body.errors?.[0]?.message]).toEqual([
      400,
      expect.stringMatching(/^A value in this request does not fit the field/),
    ])
  })

  it('still answers the same queries with fitting values', async () => {
    for (const path of [
      '/api/articles?where[id][in]=1,2',
      '/api/articles?where[authors][equals]=1',
      '/api/articles?where[id][greater_than]=0',
    ]) {
      expect((await fetch(`${api.url}${path}`)).status, path).toBe(200)
    }
  })

  it.each([
    ['a topic', { topics: [999_999_999] }],
    ['a hero image', { heroImage: 999_999_999 }],
  ])('refuses a story naming %s that does not exist with a 400, and stores nothing', async (_what, data) => {
    const payload = await testPayload()
    const editor = await makeActor(payload, 'editor')
    const title = unique('Dangling reference')
    const response = await fetch(`${api.url}/api/articles`, {
      method: 'POST',
      headers: { authorization: `JWT ${editor.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title, ...data }),
    })
    const body = (await response.json()) as { errors?: { message: string }[] }
    expect([response.status, body.errors?.[0]?.message]).toEqual([
      400,
      expect.stringMatching(/^This refers to a document that does not exist/),
    ])
    expect(
      (await payload.count({ collection: 'articles', where: { title: { equals: title } }, overrideAccess: true }))
        .totalDocs,
    ).toBe(0)
  })

  it(`refuses a client after ${LOGIN_ATTEMPTS_PER_CLIENT} failed sign-ins, but nobody else, and the account stays open`, async () => {
    const { password, login } = await newEditor()
    const guesser = `198.51.100.${Math.floor(Math.random() * 250)}`
    for (let attempt = 1; attempt <= LOGIN_ATTEMPTS_PER_CLIENT; attempt += 1)
      expect((await login('wrong', guesser)).status).toBe(401)
    const refused = await login(password, guesser)
    expect(refused.status).toBe(429)
    expect(((await refused.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(
      /^Too many failed sign-ins from this address\. Try again in \d+ minute/,
    )
    expect((await login(password, '203.0.113.77')).status).toBe(200)
  })

  it('successful sign-ins from one address are never limited (a newsroom behind one office address)', async () => {
    const { password, login } = await newEditor()
    for (let attempt = 0; attempt < LOGIN_ATTEMPTS_PER_CLIENT * 2; attempt += 1)
      expect((await login(password, '192.0.2.10')).status).toBe(200)
  })

  it('many strangers together lock an account only after many failures, and only briefly', async () => {
    const payload = await testPayload()
    const { id, password, login } = await newEditor()
    // Each guess from another address, as a botnet would: the per-client limit never applies.
    const stranger = (n: number) => `10.${Math.floor(n / 250)}.${n % 250}.${Math.floor(Math.random() * 250)}`
    for (let attempt = 1; attempt < ACCOUNT_MAX_ATTEMPTS; attempt += 1)
      expect((await login('wrong', stranger(attempt))).status).toBe(401)
    // One short of the lock, the editor still signs in (which also resets the count).
    expect((await login(password, '203.0.113.78')).status).toBe(200)

    for (let attempt = 1; attempt <= ACCOUNT_MAX_ATTEMPTS; attempt += 1) await login('wrong', stranger(attempt + 100))
    expect((await login(password, '203.0.113.78')).status).toBeGreaterThanOrEqual(400)
    const { lockUntil } = await payload.findByID({
      collection: 'users',
      id,
      overrideAccess: true,
      showHiddenFields: true,
    })
    const lockMs = new Date(lockUntil ?? 0).getTime() - Date.now()
    expect(lockMs).toBeGreaterThan(0)
    expect(lockMs).toBeLessThanOrEqual(ACCOUNT_LOCK_MS)
  })
})
