import pg from 'pg'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { findArticleSurroundings } from '../../lib/content/queries/article-page'
import { findPublishedArticle } from '../../lib/content/queries/articles'
import { findLatestExcept, findRelatedCoverage } from '../../lib/content/queries/related'
import { blockNode, richTextWithBlocks } from '../../lib/rich-text/from-paragraphs'
import { testPayload, unique } from '../support/payload'

/** The budget issue 7 sets for one uncached article render. */
/** The article, three embed kinds, the names, the related ranking and its filling. */
const MAX_STATEMENTS = 7
const RELATED_LINKS = 5

/**
 * Counts the SQL statements sent through the `pg` driver while `work` runs: every Client#query,
 * which Pool#query and Drizzle both go through. The worker runs one test at a time, so nothing
 * else is querying meanwhile.
 */
async function countStatements(work: () => Promise<unknown>): Promise<number> {
  const original = pg.Client.prototype.query
  let statements = 0
  pg.Client.prototype.query = function counted(this: pg.Client, ...args: Parameters<typeof original>) {
    statements += 1
    return (original as (...rest: unknown[]) => unknown).apply(this, args)
  } as typeof original
  try {
    await work()
  } finally {
    pg.Client.prototype.query = original
  }
  return statements
}

/** Everything the article page reads, as its uncached render does (lib/content/articles.ts composes the same queries through the cache). */
async function readArticlePage(slug: string) {
  const payload = await testPayload()
  const article = await findPublishedArticle(payload, slug)
  if (!article) throw new Error(`no published article ${slug}`)
  const [page, ranked] = await Promise.all([
    findArticleSurroundings(payload, article),
    findRelatedCoverage(payload, article.id, article.relatedArticles, RELATED_LINKS),
  ])
  // A box the ranking leaves short is filled with the latest stories: one statement more.
  const shown = [article.id, ...ranked.map((item) => item.id)]
  const fill =
    ranked.length < RELATED_LINKS ? await findLatestExcept(payload, shown, RELATED_LINKS - ranked.length) : []
  return { page, related: [...ranked, ...fill] }
}

describe('an uncached article render', () => {
  const slugs = { small: '', large: '', bare: '' }

  beforeAll(async () => {
    const payload = await testPayload()
    const png = await sharp({ create: { width: 64, height: 36, channels: 3, background: '#4a6' } })
      .png()
      .toBuffer()
    const make = {
      author: async () =>
        (
          await payload.create({
            collection: 'users',
            data: {
              name: unique('Author'),
              email: `${unique('author')}@example.com`,
              password: unique('pw'),
              roles: ['writer'],
            },
          })
        ).id,
      topic: async () => (await payload.create({ collection: 'topics', data: { name: unique('Topic') } })).id,
      person: async () => (await payload.create({ collection: 'people', data: { name: unique('Person') } })).id,
      image: async () =>
        (
          await payload.create({
            collection: 'media',
            data: { alt: unique('Alt') },
            file: { data: png, mimetype: 'image/png', name: `${unique('img')}.png`, size: png.length },
          })
        ).id,
      indicator: async () =>
        (
          await payload.create({
            collection: 'indicators',
            data: { name: unique('Indicator'), unit: 'USD bn', points: [{ period: '2024', value: 1 }] },
          })
        ).id,
      statement: async () =>
        (
          await payload.create({
            collection: 'statements',
            data: { speaker: await make.person(), quote: unique('Quote'), _status: 'published' },
          })
        ).id,
      related: async () =>
        (
          await payload.create({
            collection: 'articles',
            data: { title: unique('Related'), publishedAt: '2024-01-01T00:00:00.000Z', _status: 'published' },
          })
        ).id,
    }
    const many = async (count: number, factory: () => Promise<number>) => {
      const ids: number[] = []
      for (let i = 0; i < count; i += 1) ids.push(await factory())
      return ids
    }
    const event = (
      await payload.create({
        collection: 'events',
        data: { name: unique('Summit'), kind: 'summit', startDate: '2024-05-16T00:00:00.000Z', _status: 'published' },
      })
    ).id
    const article = async (size: number) => {
      const [statements, images, indicators] = [
        await many(size, make.statement),
        await many(size, make.image),
        await many(size, make.indicator),
      ]
      const blocks = [
        ...statements.map((statement) => blockNode({ blockType: 'statementEmbed', statement })),
        ...images.map((image) => blockNode({ blockType: 'figure', image })),
        ...indicators.map((indicator) => blockNode({ blockType: 'chart', indicator, title: 'Trade' })),
      ]
      const created = await payload.create({
        collection: 'articles',
        data: {
          title: unique('Story'),
          publishedAt: '2024-05-16T00:00:00.000Z',
          _status: 'published',
          authors: await many(size, make.author),
          topics: await many(size, make.topic),
          people: await many(size, make.person),
          statements,
          event,
          heroImage: await make.image(),
          relatedArticles: await many(size, make.related),
          externalCoverage: Array.from({ length: size }, (_, i) => ({
            outlet: `Outlet ${i}`,
            title: `Coverage ${i}`,
            url: `https://example.com/${i}`,
          })),
          body: richTextWithBlocks(['First paragraph.', 'Second paragraph.'], { 0: blocks }),
        },
      })
      return created.slug!
    }
    slugs.small = await article(1)
    slugs.large = await article(6)
    slugs.bare = (
      await payload.create({
        collection: 'articles',
        data: { title: unique('Bare'), publishedAt: '2024-05-16T00:00:00.000Z', _status: 'published' },
      })
    ).slug!
  })

  it(`issues at most ${MAX_STATEMENTS} SQL statements, however many authors, topics, people, embeds and links it has`, async () => {
    const small = await countStatements(() => readArticlePage(slugs.small))
    const large = await countStatements(() => readArticlePage(slugs.large))
    expect(small).toBeGreaterThan(0)
    // More links never cost more; a story sharing too little to fill its related box costs one
    // statement more, for the latest stories that fill it.
    expect(large).toBeLessThanOrEqual(small)
    expect(small - large).toBeLessThanOrEqual(1)
    expect(small).toBeLessThanOrEqual(MAX_STATEMENTS)
  })

  it('still shows everything it refers to (nothing is dropped to save a query)', async () => {
    const { page, related } = await readArticlePage(slugs.large)
    expect(page.references.authors).toHaveLength(6)
    expect(page.references.topics).toHaveLength(6)
    expect(page.references.people).toHaveLength(6)
    expect(page.references.events).toHaveLength(1)
    expect(page.hero).not.toBeNull()
    expect(page.embeds.statements).toHaveLength(6)
    expect(page.embeds.statements.every((statement) => statement.speakerRef?.name)).toBe(true)
    expect(page.embeds.images).toHaveLength(7)
    expect(page.embeds.indicators).toHaveLength(6)
    expect(related.length).toBeGreaterThanOrEqual(6)
  })

  it('costs less when there is less to show', async () => {
    const bare = await countStatements(() => readArticlePage(slugs.bare))
    const small = await countStatements(() => readArticlePage(slugs.small))
    expect(bare).toBeLessThan(small)
  })
})
