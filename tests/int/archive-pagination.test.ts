import { beforeAll, describe, expect, it } from 'vitest'

import { ARTICLES_PER_PAGE, findLatestArticles } from '../../lib/content/queries/archive'
import type { ArchiveFilter } from '../../lib/content/views'
import { makeActor } from '../support/actors'
import { testPayload, unique } from '../support/payload'

/**
 * Archives page through an index of their own (findLatestArticles, one SQL statement); they
 * must list exactly what plain offset pagination over Payload's query would, page by page,
 * including stories published at the same instant, drafts and withdrawn stories in between.
 */
describe('archive pagination', () => {
  const filters: Record<string, ArchiveFilter> = {}
  const PAGES = 3

  beforeAll(async () => {
    const payload = await testPayload()
    const author = await makeActor(payload, 'writer')
    const topic = (await payload.create({ collection: 'topics', data: { name: unique('Paged topic') } })).id
    const person = (await payload.create({ collection: 'people', data: { name: unique('Paged person') } })).id
    const event = (
      await payload.create({
        collection: 'events',
        data: {
          name: unique('Paged summit'),
          kind: 'summit',
          startDate: '2025-01-01T00:00:00.000Z',
          _status: 'published',
        },
      })
    ).id
    Object.assign(filters, {
      topics: { field: 'topics', id: topic },
      people: { field: 'people', id: person },
      authors: { field: 'authors', id: author.user!.id },
      event: { field: 'event', id: event },
    })
    const count = ARTICLES_PER_PAGE * PAGES - 7
    for (let i = 0; i < count; i += 1) {
      // Long ago, so other tests' stories keep the front page. Every fifth shares its minute with the one before: ties must break the same way (newest id first).
      const minute = i - Math.floor(i / 5)
      const status = i % 11 === 3 ? 'draft' : 'published'
      const created = await payload.create({
        collection: 'articles',
        draft: status === 'draft',
        data: {
          title: unique(`Paged ${i}`),
          publishedAt: new Date(Date.UTC(2001, 0, 1, 0, minute)).toISOString(),
          _status: status,
          topics: [topic],
          people: i % 2 ? [person] : [],
          authors: [author.user!.id],
          event: i % 3 ? event : null,
        },
      })
      if (i % 13 === 5) await payload.update({ collection: 'articles', id: created.id, data: { _status: 'draft' } })
    }
  }, 120_000)

  const offsetPage = async (filter: ArchiveFilter, page: number) => {
    const payload = await testPayload()
    const found = await payload.find({
      collection: 'articles',
      where: { and: [{ _status: { equals: 'published' } }, { [filter.field]: { equals: filter.id } }] },
      sort: ['-publishedAt', '-id'],
      limit: ARTICLES_PER_PAGE,
      page,
      depth: 0,
      overrideAccess: false,
      draft: false,
    })
    return { ids: found.docs.map((doc) => doc.id), totalPages: found.totalPages }
  }

  it.each([['topics'], ['people'], ['authors'], ['event']])(
    'the %s archive lists, page by page, what offset pagination lists',
    async (field) => {
      const filter = filters[field]!
      const first = await offsetPage(filter, 1)
      expect(first.ids.length).toBeGreaterThan(0)
      for (let page = 1; page <= first.totalPages; page += 1) {
        const expected = await offsetPage(filter, page)
        const archive = await findLatestArticles(await testPayload(), page, filter)
        expect(archive?.articles.map((article) => article.id)).toEqual(expected.ids)
        expect(archive?.totalPages).toBe(first.totalPages)
      }
      expect(await findLatestArticles(await testPayload(), first.totalPages + 1, filter)).toBeNull()
    },
  )

  it('pages through the whole front-page archive the same way', async () => {
    const payload = await testPayload()
    const all = await payload.find({
      collection: 'articles',
      where: { _status: { equals: 'published' } },
      sort: ['-publishedAt', '-id'],
      pagination: false,
      depth: 0,
      overrideAccess: false,
      draft: false,
    })
    const ids = all.docs.map((doc) => doc.id)
    const pages = Math.ceil(ids.length / ARTICLES_PER_PAGE)
    for (const page of [1, 2, pages]) {
      const archive = await findLatestArticles(payload, page)
      expect(archive?.articles.map((article) => article.id)).toEqual(
        ids.slice((page - 1) * ARTICLES_PER_PAGE, page * ARTICLES_PER_PAGE),
      )
      expect(archive?.totalPages).toBe(pages)
    }
  })

  it.each([[0], [-1], [1.5], [Number.MAX_SAFE_INTEGER + 1]])('page %d is no page', async (page) => {
    expect(await findLatestArticles(await testPayload(), page, filters.topics)).toBeNull()
  })
})
