import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { flushRevalidations } from '../../lib/cache/revalidate'
import { revalidationToken } from '../../lib/cache/revalidation-token'
import { tags } from '../../lib/cache/tags'
import { testPayload, unique } from '../support/payload'

/**
 * Saves made outside a Next request (seeds, scripts) must still expire the server's cache:
 * they post their tags to INTERNAL_URL. A real HTTP listener stands in for the app server.
 */
describe('cache invalidation from saves outside a request', () => {
  const received: { authorization?: string; tags: string[]; boundedTags: string[] }[] = []
  let server: http.Server

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      let body = ''
      request.on('data', (chunk) => (body += chunk))
      request.on('end', () => {
        const posted = JSON.parse(body) as { tags: string[]; boundedTags: string[] }
        received.push({ authorization: request.headers.authorization, ...posted })
        response.end('{}')
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    process.env.INTERNAL_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
  })

  beforeEach(() => {
    received.length = 0
  })

  const postedTags = () => received.flatMap((post) => post.tags)
  const postedBounded = () => received.flatMap((post) => post.boundedTags)

  it('publishing posts the article list and the article URL, authenticated', async () => {
    const payload = await testPayload()
    const slug = unique('scripted')
    await payload.create({ collection: 'articles', data: { title: 'Scripted publish', slug, _status: 'published' } })
    await flushRevalidations(payload)
    expect(postedTags()).toEqual(expect.arrayContaining([tags.allArticles, tags.article(slug)]))
    expect(received.every((post) => post.authorization === `Bearer ${revalidationToken()}`)).toBe(true)
  })

  it('a draft saved over a published article posts nothing; unpublishing posts its tags', async () => {
    const payload = await testPayload()
    const slug = unique('edited')
    const article = await payload.create({
      collection: 'articles',
      data: { title: 'Live', slug, _status: 'published' },
    })
    await flushRevalidations(payload)
    received.length = 0

    await payload.update({ collection: 'articles', id: article.id, draft: true, data: { title: 'Work in progress' } })
    await flushRevalidations(payload)
    expect(postedTags()).toEqual([])

    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'draft' } })
    await flushRevalidations(payload)
    expect(postedTags()).toEqual(expect.arrayContaining([tags.allArticles, tags.article(slug)]))
  })

  it('renaming a published slug expires the old and the new URL; deleting expires it again', async () => {
    const payload = await testPayload()
    const [oldSlug, newSlug] = [unique('old'), unique('new')]
    const article = await payload.create({
      collection: 'articles',
      data: { title: 'Moving', slug: oldSlug, _status: 'published' },
    })
    await flushRevalidations(payload)
    received.length = 0

    await payload.update({ collection: 'articles', id: article.id, data: { slug: newSlug } })
    await flushRevalidations(payload)
    expect(postedTags()).toEqual(expect.arrayContaining([tags.article(oldSlug), tags.article(newSlug)]))

    received.length = 0
    await payload.delete({ collection: 'articles', id: article.id })
    await flushRevalidations(payload)
    expect(postedTags()).toEqual(expect.arrayContaining([tags.allArticles, tags.article(newSlug)]))
  })

  it('a publish expires the first pages of the lists its stored row puts it on; what shares them, within the bound', async () => {
    const payload = await testPayload()
    const topic = await payload.create({ collection: 'topics', data: { name: unique('Scoped topic') } })
    const person = await payload.create({ collection: 'people', data: { name: unique('Scoped person') } })
    const slug = unique('scoped')
    await flushRevalidations(payload)
    received.length = 0

    const article = await payload.create({
      collection: 'articles',
      data: { title: 'Scoped', slug, topics: [topic.id], people: [person.id], _status: 'published' },
    })
    await flushRevalidations(payload)
    const topicScope = { field: 'topics', id: topic.id } as const
    const personScope = { field: 'people', id: person.id } as const
    expect(postedTags()).toEqual(
      expect.arrayContaining([
        tags.article(slug),
        tags.articlesHead(),
        tags.articlesHead(topicScope),
        tags.articlesHead(personScope),
      ]),
    )
    expect(postedBounded()).toEqual(
      expect.arrayContaining([tags.related(topicScope), tags.related(personScope), tags.articlesTail(topicScope)]),
    )
    expect(postedTags()).not.toContain(tags.related(topicScope))

    // Taken down: exact everywhere it could be shown.
    received.length = 0
    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'draft' } })
    await flushRevalidations(payload)
    expect(postedTags()).toEqual(expect.arrayContaining([tags.related(topicScope), tags.articlesTail(personScope)]))
    expect(postedBounded()).toEqual([])
  })

  it("a statement expires its summit's timeline and its speaker's page, read from its stored row", async () => {
    const payload = await testPayload()
    const speaker = await payload.create({ collection: 'people', data: { name: unique('Speaker') } })
    const event = await payload.create({
      collection: 'events',
      data: { name: unique('Summit'), kind: 'summit', startDate: '2024-05-16T00:00:00.000Z', _status: 'published' },
    })
    await flushRevalidations(payload)
    received.length = 0

    const statement = await payload.create({
      collection: 'statements',
      data: { speaker: speaker.id, event: event.id, quote: unique('We agreed'), _status: 'published' },
    })
    await flushRevalidations(payload)
    expect(postedTags()).toEqual(
      expect.arrayContaining([
        tags.doc('statements', statement.id),
        tags.statementsHead(),
        tags.statementsHead({ field: 'event', id: event.id }),
        tags.statementsHead({ field: 'speaker', id: speaker.id }),
      ]),
    )
  })
})
