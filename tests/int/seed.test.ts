import { describe, expect, it } from 'vitest'

import { NEWSROOM_COLLECTION_SLUGS } from '../../collections/slugs'
import { findPublishedArticle } from '../../lib/content/queries/articles'
import { articles } from '../../scripts/seed/data/articles'
import { statements } from '../../scripts/seed/data/statements'
import { seedDemoContent } from '../../scripts/seed/seed-demo'
import { testPayload } from '../support/payload'

const COLLECTIONS = NEWSROOM_COLLECTION_SLUGS

async function counts() {
  const payload = await testPayload()
  return Object.fromEntries(
    await Promise.all(
      COLLECTIONS.map(async (collection) => [collection, (await payload.count({ collection })).totalDocs]),
    ),
  )
}

describe('demo content (npm run seed)', () => {
  it('is idempotent: a second run creates nothing and the counts stay the same', async () => {
    const payload = await testPayload()
    const first = await seedDemoContent(payload)
    const afterFirst = await counts()
    const second = await seedDemoContent(payload)
    // Another test may have seeded already (a dev start seeds an empty database): count both.
    expect(first.created + first.existing).toBeGreaterThan(60)
    expect(second.created).toBe(0)
    expect(second.existing).toBe(first.created + first.existing)
    expect(await counts()).toEqual(afterFirst)
  })

  it('publishes the seed story under our own headline with its external coverage', async () => {
    const lead = await findPublishedArticle(await testPayload(), 'record-trade-200bn')
    expect(lead?.title).toMatch(/Xi and Putin/)
    const body = JSON.stringify(lead?.body)
    expect(body).toContain('Xi Jinping affirmed that bilateral trade has reached record levels')
    // Xi's remark as a quote card after the second paragraph, the figures as a chart after the third.
    const blocks = (lead?.body?.root.children ?? []).flatMap((node) =>
      node.type === 'block' ? [(node as unknown as { fields: { blockType: string } }).fields.blockType] : [],
    )
    expect(blocks).toEqual(['statementEmbed', 'chart'])
    const stored = await (
      await testPayload()
    ).find({ collection: 'articles', where: { slug: { equals: 'record-trade-200bn' } }, depth: 0 })
    expect(stored.docs[0]?.externalCoverage?.map((link) => link.outlet)).toEqual([
      'China Economic Review',
      'The Moscow Times',
      'bne IntelliNews',
      'TASS',
    ])
  })

  it('illustrates the seed story with a chart drawn from the figures, in every size', async () => {
    const payload = await testPayload()
    const [lead] = (
      await payload.find({ collection: 'articles', where: { slug: { equals: 'record-trade-200bn' } }, depth: 1 })
    ).docs
    const hero = lead?.heroImage
    expect(typeof hero).toBe('object')
    if (!hero || typeof hero !== 'object') return
    expect(hero.alt).toMatch(/^Bar chart of China–Russia trade turnover/)
    expect(hero.mimeType).toBe('image/png')
    expect([hero.width, hero.height]).toEqual([1600, 900])
    expect(hero.sizes?.thumbnail?.width).toBe(400)
    expect(hero.sizes?.card?.width).toBe(800)
  })

  it('never presents a report’s words as a direct quote', async () => {
    const payload = await testPayload()
    const xi = await payload.find({
      collection: 'statements',
      where: { quote: { like: 'Bilateral trade has reached record levels' } },
      depth: 0,
    })
    expect(xi.docs[0]?.paraphrase).toBe(true)
    expect(statements.every((statement) => statement.paraphrase)).toBe(true)
  })

  it('has enough published articles for archives, related coverage and feeds', async () => {
    const payload = await testPayload()
    const { totalDocs } = await payload.count({
      collection: 'articles',
      where: { slug: { in: articles.map((article) => article.key) }, _status: { equals: 'published' } },
    })
    expect(totalDocs).toBe(articles.length)
    expect(articles.length).toBeGreaterThanOrEqual(30)
  })

  it('records the trade indicator by year with the 200 bn target', async () => {
    const payload = await testPayload()
    const [indicator] = (
      await payload.find({ collection: 'indicators', where: { slug: { equals: 'russia-china-trade-turnover' } } })
    ).docs
    expect(indicator?.points.map((point) => [point.period, point.value])).toContainEqual(['2023', 240.11])
    expect(indicator?.target?.value).toBe(200)
  })

  it('dates its history by the content: a corrected story was updated on its correction’s day, not the seed’s', async () => {
    const payload = await testPayload()
    await seedDemoContent(payload)
    const corrected = articles.filter((article) => article.corrections?.length)
    expect(corrected.length).toBeGreaterThan(0)
    const stored = await payload.find({
      collection: 'articles',
      where: { slug: { in: articles.map((article) => article.key) } },
      limit: 100,
      depth: 0,
      draft: false,
    })
    const bySlug = new Map(stored.docs.map((doc) => [doc.slug, doc]))
    for (const article of articles) {
      const doc = bySlug.get(article.key)
      const lastCorrection = article.corrections?.at(-1)?.date
      expect(doc?.modifiedAt ? new Date(doc.modifiedAt).toISOString() : null, article.key).toBe(
        lastCorrection ? new Date(lastCorrection).toISOString() : null,
      )
      if (doc?.modifiedAt) expect(Date.parse(doc.modifiedAt)).toBeGreaterThanOrEqual(Date.parse(article.publishedAt))
    }
  })
})
