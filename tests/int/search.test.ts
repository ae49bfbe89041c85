import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import { beforeAll, describe, expect, it } from 'vitest'

import { richTextFromParagraphs } from '../../lib/rich-text/from-paragraphs'
import { searchContent } from '../../lib/content/queries/search'
import { MATCH_END, MATCH_START } from '../../lib/content/views'
import { testPayload, unique } from '../support/payload'

describe('full-text search', () => {
  // A made-up word only these fixtures contain.
  const word = `zorblat${Date.now().toString(36).replace(/[0-9]/g, 'q')}`
  const ids: Record<string, number> = {}

  beforeAll(async () => {
    const payload = await testPayload()
    const article = async (
      key: string,
      data: { title: string } & Record<string, unknown>,
      status: 'published' | 'draft' = 'published',
    ) => {
      ids[key] = (
        await payload.create({
          collection: 'articles',
          data: { publishedAt: '2024-01-01T00:00:00.000Z', _status: status, ...data },
          draft: status === 'draft',
        })
      ).id
    }
    await article('inBody', {
      title: unique('Body match'),
      body: richTextFromParagraphs([`The talks covered ${word} supplies in detail.`]),
    })
    await article('inTitle', { title: `${word} pipeline agreed` })
    await article('inStandfirst', {
      title: unique('Standfirst match'),
      standfirst: `Officials discussed ${word} routes.`,
    })
    await article('draft', { title: `${word} secret draft` }, 'draft')
    const speaker = (await payload.create({ collection: 'people', data: { name: unique('Speaker') } })).id
    ids.statement = (
      await payload.create({
        collection: 'statements',
        data: { speaker, quote: `Cooperation on ${word} will grow.`, _status: 'published' },
      })
    ).id
  })

  it('ranks title over standfirst over body, and finds statements; never drafts', async () => {
    const results = await searchContent(await testPayload(), word, 1)
    const order = results.hits.map((hit) => `${hit.kind}:${hit.id}`)
    expect(order.indexOf(`article:${ids.inTitle}`)).toBeLessThan(order.indexOf(`article:${ids.inStandfirst}`))
    expect(order.indexOf(`article:${ids.inStandfirst}`)).toBeLessThan(order.indexOf(`article:${ids.inBody}`))
    expect(order).toContain(`statement:${ids.statement}`)
    expect(order).not.toContain(`article:${ids.draft}`)
    expect(results.total).toBe(4)
  })

  it('marks the matched words in snippets, body text included', async () => {
    const results = await searchContent(await testPayload(), word, 1)
    const body = results.hits.find((hit) => hit.id === ids.inBody && hit.kind === 'article')
    expect(body?.snippet).toContain(`${MATCH_START}${word}${MATCH_END}`)
    expect(body?.snippet).toContain('supplies')
    expect(body?.snippet).not.toContain('paragraph')
  })

  it.each([
    [''],
    ['   '],
    ["'; drop table articles; --"],
    ['a & | ! ( ) : * "unterminated'],
    ['x'.repeat(5000)],
    ['\u0000\u0001'],
    ['<script>alert(1)</script>'],
  ])('answers %j calmly', async (query) => {
    const results = await searchContent(await testPayload(), query, 1)
    expect(Array.isArray(results.hits)).toBe(true)
    expect(results.query.length).toBeLessThanOrEqual(200)
  })

  it('ranks only the newest matches of each kind when there are more, and says the count is a lower bound', async () => {
    const payload = await testPayload()
    const broad = `qorvex${Date.now().toString(36).replace(/[0-9]/g, 'k')}`
    const created: number[] = []
    for (const [index, date] of ['2020-01-01', '2021-01-01', '2022-01-01', '2023-01-01'].entries()) {
      // The oldest carries the word in its title, so plain ranking would put it first.
      const title = index === 0 ? `${broad} in the headline` : unique('Broad match')
      created.push(
        (
          await payload.create({
            collection: 'articles',
            data: {
              title,
              body: richTextFromParagraphs([`On ${broad} again.`]),
              publishedAt: `${date}T00:00:00.000Z`,
              _status: 'published',
            },
          })
        ).id,
      )
    }
    const bounded = await searchContent(payload, broad, 1, 3)
    expect(bounded.capped).toBe(true)
    expect(bounded.total).toBe(3)
    expect(bounded.hits.map((hit) => hit.id).sort()).toEqual(created.slice(1).sort())
    const all = await searchContent(payload, broad, 1)
    expect(all.capped).toBe(false)
    expect(all.total).toBe(4)
    expect(all.hits[0]?.id).toBe(created[0])
  })

  it('pages past the end return no hits, not an error', async () => {
    expect((await searchContent(await testPayload(), word, 50)).hits).toEqual([])
  })

  it('uses the full-text index (EXPLAIN)', async () => {
    const payload = await testPayload()
    const db = (payload.db as unknown as PostgresAdapter).drizzle
    await db.execute(sql`set enable_seqscan = off`)
    try {
      const { rows } = await db.execute<{ 'QUERY PLAN': string }>(
        sql`explain select id from articles where search_vector @@ websearch_to_tsquery('english', ${word})`,
      )
      expect(rows.map((row) => row['QUERY PLAN']).join('\n')).toContain('articles_search_vector_idx')
    } finally {
      await db.execute(sql`reset enable_seqscan`)
    }
  })
})
