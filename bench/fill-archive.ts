import { getTableName } from '@payloadcms/db-postgres/drizzle'
import type { PgTable } from '@payloadcms/db-postgres/drizzle/pg-core'
import pg from 'pg'

import { richTextFromParagraphs } from '../lib/rich-text/from-paragraphs'
import {
  articles as articlesTable,
  articles_rels,
  events as eventsTable,
  media,
  people as peopleTable,
  statements as statementsTable,
  topics as topicsTable,
  users,
  users_roles,
} from '../payload-generated-schema'
import { ARCHIVE_END, articleSlug, BIG_TOPIC_SLUG, eventSlug, type ArchiveSizes } from './archive-sizes'
import { insertRows } from './bulk-insert'
import { pick, prng, sentence, THEMES, type Random } from './vocabulary'

/** Stories generated and inserted at a time: memory stays flat at 100,000 (a batch is about 6 MB of text). */
const ARTICLE_BATCH = 1_000
const ROW_BATCH = 5_000

const DATELINES = ['MOSCOW', 'BEIJING', 'ASTANA', 'NEW DELHI', 'TASHKENT']
const HOUR = 3_600_000
/** The moment `share` (0 to 1) of the way through the archive's span, which ends at ARCHIVE_END. */
const through = (sizes: ArchiveSizes, share: number) =>
  new Date(ARCHIVE_END - (1 - share) * (sizes.articles - 1) * sizes.hoursApart * HOUR).toISOString()

/** Generates rows `count` at a time and inserts each batch before generating the next. */
async function insertInBatches(
  count: number,
  batch: number,
  insertBatch: (from: number, to: number) => Promise<number[]>,
): Promise<number[]> {
  const ids: number[] = []
  for (let from = 0; from < count; from += batch) ids.push(...(await insertBatch(from, Math.min(count, from + batch))))
  return ids
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i)

type Rel = [parent: number, order: number, path: string, id: number]

/** An article's relationships, one insert per related collection (its own `<collection>_id` column). */
async function insertRels(
  db: pg.Client,
  byColumn: Record<'usersID' | 'topicsID' | 'peopleID' | 'statementsID', Rel[]>,
): Promise<void> {
  for (const [column, rows] of Object.entries(byColumn) as [keyof typeof byColumn, Rel[]][]) {
    for (let from = 0; from < rows.length; from += ROW_BATCH)
      await insertRows(
        db,
        articles_rels,
        [articles_rels.parent, articles_rels.order, articles_rels.path, articles_rels[column]],
        rows.slice(from, from + ROW_BATCH),
      )
  }
}

interface Library {
  topics: number[]
  people: number[]
  authors: number[]
  events: number[]
  statements: number[]
}

/** One batch of stories: hero-image metadata, the stories (about 800 words each), their relationships. */
async function insertArticles(
  db: pg.Client,
  random: Random,
  sizes: ArchiveSizes,
  batch: { from: number; to: number },
  library: Library,
) {
  const { from, to } = batch
  const now = new Date().toISOString()
  const heroes = await insertRows(
    db,
    media,
    [
      media.alt,
      media.caption,
      media.credit,
      media.filename,
      media.mimeType,
      media.filesize,
      media.width,
      media.height,
      media.sizes_card_filename,
      media.sizes_card_width,
      media.sizes_card_height,
      media.updatedAt,
      media.createdAt,
    ],
    range(from, to).map((i) => [
      sentence(random, 10),
      sentence(random, 12),
      'Photo: Summit Wire',
      `bench-${i}.jpg`,
      'image/jpeg',
      180_000,
      1600,
      900,
      `bench-${i}-800x450.jpg`,
      800,
      450,
      now,
      now,
    ]),
  )
  const ids = await insertRows(
    db,
    articlesTable,
    [
      articlesTable.title,
      articlesTable.slug,
      articlesTable.standfirst,
      articlesTable.heroImage,
      articlesTable.body,
      articlesTable.dateline,
      articlesTable.event,
      articlesTable.publishedAt,
      articlesTable._status,
      articlesTable.updatedAt,
      articlesTable.createdAt,
    ],
    range(from, to).map((i, n) => {
      const theme = pick(random, THEMES)
      return [
        sentence(random, 9, theme).slice(0, 190),
        articleSlug(i),
        sentence(random, 30, theme),
        heroes[n],
        JSON.stringify(richTextFromParagraphs(Array.from({ length: 8 }, () => sentence(random, 100, theme)))),
        pick(random, DATELINES),
        random() < 0.3 ? pick(random, library.events) : null,
        new Date(ARCHIVE_END - (sizes.articles - 1 - i) * sizes.hoursApart * HOUR).toISOString(),
        'published',
        now,
        now,
      ]
    }),
  )
  const rels = { usersID: [] as Rel[], topicsID: [] as Rel[], peopleID: [] as Rel[], statementsID: [] as Rel[] }
  ids.forEach((article, n) => {
    rels.usersID.push([article, 1, 'authors', pick(random, library.authors)])
    if (random() < 0.3) rels.usersID.push([article, 2, 'authors', pick(random, library.authors)])
    const index = from + n
    const mine = new Set([
      index % 2 === 0 ? library.topics[0]! : pick(random, library.topics),
      pick(random, library.topics),
    ])
    ;[...mine].forEach((topic, order) => rels.topicsID.push([article, order + 1, 'topics', topic]))
    const some = (list: number[], max: number) => [
      ...new Set(Array.from({ length: Math.floor(random() * max) }, () => pick(random, list))),
    ]
    some(library.people, 4).forEach((person, order) => rels.peopleID.push([article, order + 1, 'people', person]))
    some(library.statements, 3).forEach((statement, order) =>
      rels.statementsID.push([article, order + 1, 'statements', statement]),
    )
  })
  await insertRels(db, rels)
  return ids
}

/**
 * Drops the GIN (full-text) indexes of `tables` and returns a function that builds them again
 * from their own definitions: one bulk build after the fill is several times cheaper than
 * keeping them current through 100,000 inserts of 800-word stories.
 */
async function deferGinIndexes(db: pg.Client, tables: PgTable[]): Promise<() => Promise<void>> {
  const { rows } = await db.query<{ name: string; definition: string }>(
    `select indexname as name, indexdef as definition from pg_indexes
      where schemaname = current_schema() and tablename = any($1) and indexdef ilike '% using gin %'`,
    [tables.map((table) => getTableName(table))],
  )
  for (const index of rows) await db.query(`drop index "${index.name}"`)
  return async () => {
    await db.query(`set maintenance_work_mem = '256MB'`)
    for (const index of rows) await db.query(index.definition)
  }
}

/**
 * Fills an empty, migrated database with a realistic archive in bulk SQL (no Local API saves,
 * no hooks): topics, people, authors, summits, statements, then the stories a thousand at a
 * time, each batch generated only when the one before is written. At 100,000 stories that is
 * minutes (PostgreSQL's tsvector columns are most of it; the GIN indexes are built once at the
 * end), in one transaction.
 */
export async function fillArchive(url: string, sizes: ArchiveSizes): Promise<void> {
  const random = prng(20240516)
  const db = new pg.Client({ connectionString: url })
  await db.connect()
  try {
    await db.query('begin')
    const rebuildIndexes = await deferGinIndexes(db, [articlesTable, statementsTable, eventsTable])
    const now = new Date().toISOString()
    const topics = await insertRows(
      db,
      topicsTable,
      [topicsTable.name, topicsTable.slug, topicsTable.description, topicsTable.updatedAt, topicsTable.createdAt],
      range(0, sizes.topics).map((i) => [
        i === 0 ? 'Economy' : `Topic ${i}`,
        i === 0 ? BIG_TOPIC_SLUG : `bench-topic-${i}`,
        sentence(random, 12),
        now,
        now,
      ]),
    )
    const people = await insertRows(
      db,
      peopleTable,
      [peopleTable.name, peopleTable.slug, peopleTable.role, peopleTable.updatedAt, peopleTable.createdAt],
      range(0, sizes.people).map((i) => [`Official ${i}`, `bench-official-${i}`, 'Minister', now, now]),
    )
    const authors = await insertRows(
      db,
      users,
      [users.name, users.slug, users.email, users.updatedAt, users.createdAt],
      range(0, sizes.authors).map((i) => [
        `Correspondent ${i}`,
        `bench-correspondent-${i}`,
        `bench-${i}@summitwire.localhost`,
        now,
        now,
      ]),
    )
    await insertRows(
      db,
      users_roles,
      [users_roles.order, users_roles.parent, users_roles.value],
      authors.map((id) => [1, id, 'writer']),
    )
    const events = await insertRows(
      db,
      eventsTable,
      [
        eventsTable.name,
        eventsTable.slug,
        eventsTable.kind,
        eventsTable.startDate,
        eventsTable.summary,
        eventsTable._status,
        eventsTable.updatedAt,
        eventsTable.createdAt,
      ],
      range(0, sizes.events).map((i) => [
        `Summit ${i}`,
        eventSlug(i),
        'summit',
        through(sizes, i / sizes.events),
        sentence(random, 20),
        'published',
        now,
        now,
      ]),
    )
    const statements = await insertInBatches(sizes.statements, ROW_BATCH, (from, to) =>
      insertRows(
        db,
        statementsTable,
        [
          statementsTable.label,
          statementsTable.speaker,
          statementsTable.quote,
          statementsTable.paraphrase,
          statementsTable.date,
          statementsTable.event,
          statementsTable._status,
          statementsTable.updatedAt,
          statementsTable.createdAt,
        ],
        range(from, to).map((i) => {
          const quote = sentence(random, 25)
          const date = through(sizes, i / sizes.statements)
          return [
            quote.slice(0, 90),
            pick(random, people),
            quote,
            random() < 0.5,
            date,
            pick(random, events),
            'published',
            now,
            now,
          ]
        }),
      ),
    )
    const library = { topics, people, authors, events, statements }
    await insertInBatches(sizes.articles, ARTICLE_BATCH, (from, to) =>
      insertArticles(db, random, sizes, { from, to }, library),
    )
    await rebuildIndexes()
    await db.query('commit')
    // As autovacuum would leave a live site: statistics current, GIN pending lists merged.
    await db.query('vacuum analyze')
  } catch (error) {
    await db.query('rollback').catch(() => undefined)
    throw error
  } finally {
    await db.end()
  }
}
