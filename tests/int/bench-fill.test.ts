import { randomBytes } from 'node:crypto'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { ARCHIVE_END, BIG_TOPIC_SLUG } from '../../bench/archive-sizes'
import { fillArchive } from '../../bench/fill-archive'
import { ARCHIVE_COUNT_MISMATCHES } from '../support/archive-count-mismatches'

/**
 * The bench's bulk fill against the real, migrated schema: what it writes is found where
 * Payload's schema says, and the full-text indexes it drops for the fill are built again.
 */
const SIZES = { articles: 120, events: 6, statements: 40, people: 12, topics: 5, authors: 4, hoursApart: 4 }

describe("the bench's archive fill", () => {
  const url = new URL(inject('databaseUrl'))
  const name = `bench_fill_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: url.href })
  let db: pg.Client
  /** What other tests had already written to the shared test database: the fill adds to it. */
  const before = new Map<string, number>()
  const COUNTS = {
    published: `select count(*) as n from articles where _status = 'published'`,
    media: 'select count(*) as n from media',
    statements: 'select count(*) as n from statements',
    events: 'select count(*) as n from events',
    bylined: 'select count(distinct parent_id) as n from articles_rels where users_id is not null',
  }
  const count = async (sql: string, params: unknown[] = []) =>
    Number((await db.query<{ n: string }>(sql, params)).rows[0]!.n)
  const added = async (what: keyof typeof COUNTS) => (await count(COUNTS[what])) - before.get(what)!

  beforeAll(async () => {
    await admin.connect()
    // A migrated copy of the test database, so the fill sees the real schema and nothing else.
    await admin.query(`create database ${name} template ${url.pathname.slice(1)}`)
    const copy = new URL(url.href)
    copy.pathname = `/${name}`
    db = new pg.Client({ connectionString: copy.href })
    await db.connect()
    for (const [what, sql] of Object.entries(COUNTS)) before.set(what, await count(sql))
    await fillArchive(copy.href, SIZES)
  }, 120_000)

  afterAll(async () => {
    await db?.end()
    await admin.query(`drop database if exists ${name}`)
    await admin.end()
  })

  it('writes the archive it is asked for, published', async () => {
    expect(await added('published')).toBe(SIZES.articles)
    expect(await added('media')).toBe(SIZES.articles)
    expect(await added('statements')).toBe(SIZES.statements)
    expect(await added('events')).toBe(SIZES.events)
    expect(await added('bylined')).toBe(SIZES.articles)
  })

  it('ends the archive in the past, so a story published now is the newest', async () => {
    const { rows } = await db.query<{ newest: Date; summits: Date }>(
      `select (select max(published_at) from articles where slug like 'bench-story-%') as newest,
              (select max(start_date) from events where slug like 'bench-summit-%') as summits`,
    )
    expect(rows[0]!.newest.getTime()).toBe(ARCHIVE_END)
    expect(rows[0]!.summits.getTime()).toBeLessThanOrEqual(ARCHIVE_END)
    expect(ARCHIVE_END).toBeLessThan(Date.now())
  })

  it('puts every other story in the big topic', async () => {
    const inBigTopic = await count(
      `select count(distinct r.parent_id) as n from articles_rels r join topics t on t.id = r.topics_id where t.slug = $1`,
      [BIG_TOPIC_SLUG],
    )
    expect(inBigTopic).toBeGreaterThanOrEqual(SIZES.articles / 2)
  })

  it('builds the full-text indexes again, and searches find theme words in some stories, not all', async () => {
    expect(
      await count(
        `select count(*) as n from pg_indexes where tablename = 'articles' and indexdef ilike '% using gin %'`,
      ),
    ).toBe(1)
    const matches = await count(
      `select count(*) as n from articles where search_vector @@ plainto_tsquery('english', 'pipeline')`,
    )
    expect(matches).toBeGreaterThan(0)
    expect(matches).toBeLessThan(SIZES.articles)
  })

  it('leaves every archive count exact: the bulk inserts go through the counting triggers', async () => {
    expect((await db.query(ARCHIVE_COUNT_MISMATCHES)).rows).toEqual([])
    expect(await count(`select published as n from article_archive_counts where scope = ''`)).toBeGreaterThanOrEqual(
      SIZES.articles,
    )
  })
})
