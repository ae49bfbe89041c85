import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { findReferences } from '../../lib/content/queries/references'
import { makeActor, type Actor } from '../support/actors'
import { startApiServer } from '../support/api-server'
import { testPayload } from '../support/payload'

/** Authors are public only as a profile: name, slug, bio, avatar. */
describe('public author profiles', () => {
  let api: Awaited<ReturnType<typeof startApiServer>>
  let writer: Actor

  beforeAll(async () => {
    writer = await makeActor(await testPayload(), 'writer')
    api = await startApiServer()
  })
  afterAll(async () => api.close())

  const PRIVATE = ['email', 'roles', 'hash', 'salt', 'sessions', 'loginAttempts', 'lockUntil', 'resetPasswordToken']

  it('REST gives anonymous readers the profile and nothing private', async () => {
    const response = await fetch(`${api.url}/api/users/${writer.user!.id}`)
    expect(response.status).toBe(200)
    const profile = (await response.json()) as Record<string, unknown>
    expect(profile.name).toBe('Test writer')
    for (const field of PRIVATE) expect(profile, field).not.toHaveProperty(field)
  })

  it('GraphQL refuses the private fields to anonymous readers', async () => {
    const query = `{ User(id: ${writer.user!.id}) { name email roles } }`
    const response = await fetch(`${api.url}/api/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })
    const result = (await response.json()) as { data?: { User?: Record<string, unknown> | null } }
    expect(result.data?.User?.name).toBe('Test writer')
    expect(result.data?.User?.email ?? null).toBeNull()
    expect(result.data?.User?.roles ?? null).toBeNull()
  })

  it('nobody can find an account by querying on a private field', async () => {
    const email = encodeURIComponent(writer.user!.email)
    const response = await fetch(`${api.url}/api/users?where[email][equals]=${email}`)
    const body = (await response.json()) as { totalDocs?: number }
    expect(response.status === 400 || response.status === 403 || body.totalDocs === 0).toBe(true)
  })

  it('staff see colleagues’ emails; the signed-in writer sees its own roles', async () => {
    const response = await fetch(`${api.url}/api/users/${writer.user!.id}`, { headers: { authorization: `JWT ${writer.token}` } })
    const profile = (await response.json()) as Record<string, unknown>
    expect(profile.email).toBe(writer.user!.email)
    expect(profile.roles).toEqual(['writer'])
  })

  it('lib/content names authors from their public profile only', async () => {
    const { authors } = await findReferences(await testPayload(), { authors: [writer.user!.id] })
    expect(authors).toEqual([{ id: writer.user!.id, name: 'Test writer', slug: expect.any(String) }])
  })
})
