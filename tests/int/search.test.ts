import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { richTextFromParagraphs } from '../../lib/rich-text/from-paragraphs'
import { searchContent, searchStatement, type SearchBounds } from '../../lib/content/queries/search'
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
    const bounded = await searchContent(payload, broad, 1, { candidates: 3, firstWindow: 1000, maxSecondWindow: 4000 })
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

  it('has a full-text index over published stories and statements, beside their dates', async () => {
    const db = ((await testPayload()).db as unknown as PostgresAdapter).drizzle
    const { rows } = await db.execute<{ name: string; definition: string }>(
      sql`select indexname as name, indexdef as definition from pg_indexes where indexname in ('articles_search_recent_idx', 'statements_search_recent_idx') order by indexname`,
    )
    expect(rows.map((row) => row.name)).toEqual(['articles_search_recent_idx', 'statements_search_recent_idx'])
    for (const { definition } of rows) {
      expect(definition).toMatch(/USING gin \(search_vector, \((published_at|date) AT TIME ZONE 'UTC'::text\)\)/)
      expect(definition).toContain(`WHERE (_status = 'published'`)
    }
  })
})

/** A node of PostgreSQL's EXPLAIN (FORMAT JSON) plan. */
type PlanNode = {
  'Node Type': string
  'Subplan Name'?: string
  'Index Cond'?: string
  'Recheck Cond'?: string
  Filter?: string
  'Actual Loops'?: number
  Plans?: PlanNode[]
}

function* nodesOf(node: PlanNode): Generator<PlanNode> {
  yield node
  for (const child of node.Plans ?? []) yield* nodesOf(child)
}

describe('the newest matches of a common word, without reading them all', () => {
  // Twelve stories, the newest of the test archive, sharing made-up words: `common` in all of
  // them, `mid` in every third, `rare` in the oldest only.
  const stem = `vexal${Date.now().toString(36).replace(/[0-9]/g, 'v')}`
  const words = { common: `${stem}common`, mid: `${stem}mid`, rare: `${stem}rare` }
  // Windows of six and at most thirty stories, three ranked candidates per kind.
  const bounds: SearchBounds = { candidates: 3, firstWindow: 6, maxSecondWindow: 30 }
  const created: number[] = []

  beforeAll(async () => {
    const payload = await testPayload()
    for (let i = 0; i < 12; i += 1) {
      const text = [words.common, ...(i % 3 === 0 ? [words.mid] : []), ...(i === 0 ? [words.rare] : [])].join(' ')
      const story = await payload.create({
        collection: 'articles',
        data: {
          title: unique('Window story'),
          body: richTextFromParagraphs([`The talks covered ${text} in detail.`]),
          publishedAt: new Date(Date.UTC(2190, 0, 1 + i)).toISOString(),
          _status: 'published',
        },
      })
      created.push(story.id)
    }
  })

  afterAll(async () => {
    const payload = await testPayload()
    for (const id of created) await payload.delete({ collection: 'articles', id })
  })

  /** The newest `limit` published matches, read the plain way: every match, sorted. */
  async function newestByReadingAll(query: string, limit: number): Promise<number[]> {
    const db = ((await testPayload()).db as unknown as PostgresAdapter).drizzle
    const { rows } = await db.execute<{ id: number }>(sql`
      select id from articles where _status = 'published' and search_vector @@ websearch_to_tsquery('english', ${query})
      order by published_at desc nulls last, id desc limit ${limit}`)
    return rows.map((row) => row.id)
  }

  /**
   * How many times the plan looked for matches inside CTE `name`: ran a node that tests the
   * query's words (`@@`), through whichever index the planner chose for the test's small tables.
   */
  async function indexReadsIn(query: string, name: string): Promise<number> {
    const db = ((await testPayload()).db as unknown as PostgresAdapter).drizzle
    return db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`)
      // Each parallel worker would count as a loop of the same read: the shared test database
      // grows large enough over a full run for PostgreSQL to plan some.
      await tx.execute(sql`set local max_parallel_workers_per_gather = 0`)
      const { rows } = await tx.execute<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
        sql`explain (analyze, format json) ${searchStatement(query, 1, bounds)}`,
      )
      const root = rows[0]!['QUERY PLAN'][0].Plan
      const cte = [...nodesOf(root)].find((node) => node['Subplan Name'] === `CTE ${name}`)
      expect(cte, name).toBeDefined()
      return [...nodesOf(cte!)]
        .filter((node) => [node['Index Cond'], node['Recheck Cond'], node.Filter].some((cond) => cond?.includes('@@')))
        .reduce((loops, node) => loops + (node['Actual Loops'] ?? 0), 0)
    })
  }

  it.each(Object.entries(words))(
    'ranks exactly the newest matches of %s, as reading every match would',
    async (_, word) => {
      const results = await searchContent(await testPayload(), word, 1, bounds)
      const ranked = results.hits.filter((hit) => hit.kind === 'article').map((hit) => hit.id)
      expect(ranked.sort()).toEqual((await newestByReadingAll(word, 3)).sort())
    },
  )

  it('says when there are more matches than it ranked, and gives the count when there are not', async () => {
    const payload = await testPayload()
    const common = await searchContent(payload, words.common, 1, bounds)
    expect(common).toMatchObject({ capped: true, total: 3 })
    const mid = await searchContent(payload, words.mid, 1, bounds)
    expect(mid).toMatchObject({ capped: true, total: 3 })
    const rare = await searchContent(payload, words.rare, 1, bounds)
    expect(rare).toMatchObject({ capped: false, total: 1 })
    expect(rare.hits.map((hit) => hit.id)).toEqual([created[0]])
  })

  it('finds a common word in the first window and reads no other match', async () => {
    expect(await indexReadsIn(words.common, 'article_matches_near')).toBe(1)
    expect(await indexReadsIn(words.common, 'article_matches_wide')).toBe(0)
    expect(await indexReadsIn(words.common, 'article_matches_all')).toBe(0)
  })

  it('looks in a second window sized from the first, before reading every match', async () => {
    expect(await indexReadsIn(words.mid, 'article_matches_wide')).toBe(1)
    expect(await indexReadsIn(words.mid, 'article_matches_all')).toBe(0)
  })

  it('reads every match of a word the windows hold too little of', async () => {
    expect(await indexReadsIn(words.rare, 'article_matches_all')).toBe(1)
  })
})
