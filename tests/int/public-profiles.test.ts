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
    const response = await fetch(`${api.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    })
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
    const response = await fetch(`${api.url}/api/users/${writer.user!.id}`, {
      headers: { authorization: `JWT ${writer.token}` },
    })
    const profile = (await response.json()) as Record<string, unknown>
    expect(profile.email).toBe(writer.user!.email)
    expect(profile.roles).toEqual(['writer'])
  })

  it('anonymous readers get a published article without its internal workflow fields, and no versions', async () => {
    const payload = await testPayload()
    const article = await payload.create({
      collection: 'articles',
      data: { title: 'Public fields check', _status: 'published', authors: [writer.user!.id] },
    })
    await payload.update({ collection: 'articles', id: article.id, data: { slug: 'public-fields-check-renamed' } })
    const response = await fetch(`${api.url}/api/articles/${article.id}?depth=0`)
    const doc = (await response.json()) as Record<string, unknown>
    expect(doc.title).toBe('Public fields check')
    for (const field of ['createdBy', 'lastEditedBy', 'publishedBy', 'reviewState'])
      expect(doc, field).not.toHaveProperty(field)
    // Payload leaves an unreadable array as [], never with its rows.
    expect(doc.previousSlugs ?? []).toEqual([])
    const stored = await payload.findByID({ collection: 'articles', id: article.id })
    expect(stored.previousSlugs?.map((entry) => entry.slug)).toEqual(['public-fields-check'])
    const versions = await fetch(`${api.url}/api/articles/versions?where[parent][equals]=${article.id}`)
    expect(versions.status).toBe(403)
    const populated = (await (await fetch(`${api.url}/api/articles/${article.id}?depth=1`)).json()) as {
      authors: Record<string, unknown>[]
    }
    expect(Object.keys(populated.authors[0] ?? {}).sort()).toEqual(['avatar', 'bio', 'id', 'name', 'slug'])
  })

  it('lib/content names authors from their public profile only', async () => {
    const { authors } = await findReferences(await testPayload(), { authors: [writer.user!.id] })
    expect(authors).toEqual([{ id: writer.user!.id, name: 'Test writer', slug: expect.any(String) }])
  })
})
