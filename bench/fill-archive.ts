import pg from 'pg'

import { richTextFromParagraphs } from '../lib/rich-text/from-paragraphs'

/** The archive the budgets are measured at (issue 7). */
export const ARCHIVE = {
  articles: 10_000,
  events: 300,
  statements: 5_000,
  people: 200,
  topics: 30,
  authors: 50,
} as const

/** The topic every other story carries: big enough for a page-200 archive (20 a page). */
export const BIG_TOPIC_SLUG = 'bench-economy'

// A fixed seed: every run measures the same archive.
function prng(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Vocabulary with the shape of real news copy, so full-text search selects what it would on a
 * real archive: function words at the head of a Zipf curve over a few thousand made-up words,
 * and each story's theme supplying its subject words (a query like "pipeline gas" matches the
 * energy stories and a few others, not every story).
 */
const FUNCTION_WORDS =
  'the of and to in a on for that with as by said from at was is were will would it its has have be after'.split(' ')
const THEMES: readonly string[][] = [
  'pipeline gas oil energy refinery barrels reserves liquefied supply contract'.split(' '),
  'trade turnover tariff export import customs surplus deficit goods shipments'.split(' '),
  'yuan rouble settlement currency payments bank swap reserve transfers clearing'.split(' '),
  'railway port corridor freight container logistics transit route shipping terminal'.split(' '),
  'sanctions security defence border military exercises treaty alliance missile council'.split(' '),
  'grain wheat harvest fertiliser agriculture crops food farmers drought prices'.split(' '),
  'summit delegation ministers declaration talks leaders visit forum communique agenda'.split(' '),
  'technology semiconductors satellite nuclear reactor digital software chips research space'.split(' '),
]
const SYLLABLES = 'ka lo mi ren sto vad pel tur gan fi so dem bri nal cor tes ul ar ven pro'.split(' ')
const GENERAL_WORDS = [
  ...FUNCTION_WORDS,
  ...SYLLABLES.flatMap((first) =>
    SYLLABLES.flatMap((second) => SYLLABLES.slice(0, 10).map((third) => `${first}${second}${third}`)),
  ),
]
// Cumulative Zipf weights (s = 1) for drawing general words by rank.
const ZIPF: number[] = []
GENERAL_WORDS.forEach((_, rank) => ZIPF.push((ZIPF.at(-1) ?? 0) + 1 / (rank + 1)))

type Random = () => number
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!
function zipfWord(random: Random): string {
  const target = random() * ZIPF.at(-1)!
  let low = 0
  let high = ZIPF.length - 1
  while (low < high) {
    const middle = (low + high) >> 1
    if (ZIPF[middle]! < target) low = middle + 1
    else high = middle
  }
  return GENERAL_WORDS[low]!
}
function word(random: Random, theme: readonly string[]): string {
  const roll = random()
  if (roll < 0.06) return pick(random, theme)
  if (roll < 0.075) return pick(random, pick(random, THEMES))
  return zipfWord(random)
}
const words = (random: Random, count: number, theme: readonly string[] = pick(random, THEMES)) =>
  Array.from({ length: count }, () => word(random, theme)).join(' ')
const sentence = (random: Random, count: number, theme?: readonly string[]) => {
  const text = words(random, count, theme)
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`
}

/** Inserts rows in batches through `unnest`, one statement per batch. */
async function insertRows(
  db: pg.Client,
  table: string,
  columns: { name: string; type: string }[],
  rows: unknown[][],
  batch = 1000,
): Promise<number[]> {
  const ids: number[] = []
  for (let start = 0; start < rows.length; start += batch) {
    const slice = rows.slice(start, start + batch)
    const params = columns.map((_, index) => slice.map((row) => row[index]))
    const list = columns.map((column) => `"${column.name}"`).join(', ')
    const unnest = columns.map((column, index) => `$${index + 1}::${column.type}[]`).join(', ')
    const result = await db.query<{ id: number }>(
      `insert into ${table} (${list}) select * from unnest(${unnest}) returning id`,
      params,
    )
    ids.push(...result.rows.map((row) => row.id))
  }
  return ids
}

async function insertRels(
  db: pg.Client,
  rows: [parent: number, order: number, path: string, column: string, id: number][],
): Promise<void> {
  for (const column of ['users_id', 'topics_id', 'people_id', 'statements_id']) {
    const mine = rows.filter((row) => row[3] === column).map(([parent, order, path, , id]) => [parent, order, path, id])
    await insertRows(
      db,
      'articles_rels',
      [
        { name: 'parent_id', type: 'int' },
        { name: 'order', type: 'int' },
        { name: 'path', type: 'varchar' },
        { name: column, type: 'int' },
      ],
      mine,
      5000,
    )
  }
}

/**
 * Fills an empty, migrated database with a realistic archive in bulk SQL (a few seconds, not
 * thousands of Local API saves): stories of about 800 words with hero-image metadata, their
 * authors, topics, people, statements and summits.
 */
export async function fillArchive(
  url: string,
  sizes = ARCHIVE,
): Promise<{ articleSlugs: string[]; eventSlugs: string[] }> {
  const random = prng(20240516)
  const db = new pg.Client({ connectionString: url })
  await db.connect()
  try {
    await db.query('begin')
    const now = new Date().toISOString()
    const topics = await insertRows(
      db,
      'topics',
      [
        { name: 'name', type: 'varchar' },
        { name: 'slug', type: 'varchar' },
        { name: 'description', type: 'varchar' },
        { name: 'updated_at', type: 'timestamptz' },
        { name: 'created_at', type: 'timestamptz' },
      ],
      Array.from({ length: sizes.topics }, (_, i) => [
        i === 0 ? 'Economy' : `Topic ${i}`,
        i === 0 ? BIG_TOPIC_SLUG : `bench-topic-${i}`,
        sentence(random, 12),
        now,
        now,
      ]),
    )
    const people = await insertRows(
      db,
      'people',
      [
        { name: 'name', type: 'varchar' },
        { name: 'slug', type: 'varchar' },
        { name: 'role', type: 'varchar' },
        { name: 'updated_at', type: 'timestamptz' },
        { name: 'created_at', type: 'timestamptz' },
      ],
      Array.from({ length: sizes.people }, (_, i) => [`Official ${i}`, `bench-official-${i}`, 'Minister', now, now]),
    )
    const authors = await insertRows(
      db,
      'users',
      [
        { name: 'name', type: 'varchar' },
        { name: 'slug', type: 'varchar' },
        { name: 'email', type: 'varchar' },
        { name: 'updated_at', type: 'timestamptz' },
        { name: 'created_at', type: 'timestamptz' },
      ],
      Array.from({ length: sizes.authors }, (_, i) => [
        `Correspondent ${i}`,
        `bench-correspondent-${i}`,
        `bench-${i}@summitwire.localhost`,
        now,
        now,
      ]),
    )
    await insertRows(
      db,
      'users_roles',
      [
        { name: 'order', type: 'int' },
        { name: 'parent_id', type: 'int' },
        { name: 'value', type: 'enum_users_roles' },
      ],
      authors.map((id) => [1, id, 'writer']),
    )
    const day = (n: number) => new Date(Date.UTC(2021, 0, 1) + n * 86_400_000).toISOString()
    const eventSlugs = Array.from({ length: sizes.events }, (_, i) => `bench-summit-${i}`)
    const events = await insertRows(
      db,
      'events',
      [
        { name: 'name', type: 'varchar' },
        { name: 'slug', type: 'varchar' },
        { name: 'kind', type: 'enum_events_kind' },
        { name: 'start_date', type: 'timestamptz' },
        { name: 'summary', type: 'varchar' },
        { name: '_status', type: 'enum_events_status' },
        { name: 'updated_at', type: 'timestamptz' },
        { name: 'created_at', type: 'timestamptz' },
      ],
      eventSlugs.map((slug, i) => [
        `Summit ${i}`,
        slug,
        'summit',
        day(i * 6),
        sentence(random, 20),
        'published',
        now,
        now,
      ]),
    )
    const statements = await insertRows(
      db,
      'statements',
      [
        { name: 'label', type: 'varchar' },
        { name: 'speaker_id', type: 'int' },
        { name: 'quote', type: 'varchar' },
        { name: 'paraphrase', type: 'boolean' },
        { name: 'date', type: 'timestamptz' },
        { name: 'event_id', type: 'int' },
        { name: '_status', type: 'enum_statements_status' },
        { name: 'updated_at', type: 'timestamptz' },
        { name: 'created_at', type: 'timestamptz' },
      ],
      Array.from({ length: sizes.statements }, (_, i) => {
        const quote = sentence(random, 25)
        return [
          quote.slice(0, 90),
          pick(random, people),
          quote,
          random() < 0.5,
          day(Math.floor(i / 3)),
          pick(random, events),
          'published',
          now,
          now,
        ]
      }),
    )
    const heroes = await insertRows(
      db,
      'media',
      [
        { name: 'alt', type: 'varchar' },
        { name: 'caption', type: 'varchar' },
        { name: 'credit', type: 'varchar' },
        { name: 'filename', type: 'varchar' },
        { name: 'mime_type', type: 'varchar' },
        { name: 'filesize', type: 'numeric' },
        { name: 'width', type: 'numeric' },
        { name: 'height', type: 'numeric' },
        { name: 'sizes_card_filename', type: 'varchar' },
        { name: 'sizes_card_width', type: 'numeric' },
        { name: 'sizes_card_height', type: 'numeric' },
        { name: 'updated_at', type: 'timestamptz' },
        { name: 'created_at', type: 'timestamptz' },
      ],
      Array.from({ length: sizes.articles }, (_, i) => [
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
    const articleSlugs = Array.from({ length: sizes.articles }, (_, i) => `bench-story-${i}`)
    const articles = await insertRows(
      db,
      'articles',
      [
        { name: 'title', type: 'varchar' },
        { name: 'slug', type: 'varchar' },
        { name: 'standfirst', type: 'varchar' },
        { name: 'hero_image_id', type: 'int' },
        { name: 'body', type: 'jsonb' },
        { name: 'dateline', type: 'varchar' },
        { name: 'event_id', type: 'int' },
        { name: 'published_at', type: 'timestamptz' },
        { name: '_status', type: 'enum_articles_status' },
        { name: 'updated_at', type: 'timestamptz' },
        { name: 'created_at', type: 'timestamptz' },
      ],
      articleSlugs.map((slug, i) => {
        const theme = pick(random, THEMES)
        return [
          sentence(random, 9, theme).slice(0, 190),
          slug,
          sentence(random, 30, theme),
          heroes[i],
          JSON.stringify(richTextFromParagraphs(Array.from({ length: 8 }, () => sentence(random, 100, theme)))),
          pick(random, ['MOSCOW', 'BEIJING', 'ASTANA', 'NEW DELHI', 'TASHKENT']),
          random() < 0.3 ? pick(random, events) : null,
          new Date(Date.UTC(2021, 0, 1) + i * 4 * 3_600_000).toISOString(),
          'published',
          now,
          now,
        ]
      }),
      500,
    )
    const rels: [number, number, string, string, number][] = []
    articles.forEach((article, i) => {
      rels.push([article, 1, 'authors', 'users_id', pick(random, authors)])
      if (random() < 0.3) rels.push([article, 2, 'authors', 'users_id', pick(random, authors)])
      const mine = new Set([i % 2 === 0 ? topics[0]! : pick(random, topics), pick(random, topics)])
      ;[...mine].forEach((topic, order) => rels.push([article, order + 1, 'topics', 'topics_id', topic]))
      const some = (list: number[], max: number) => [
        ...new Set(Array.from({ length: Math.floor(random() * max) }, () => pick(random, list))),
      ]
      some(people, 4).forEach((person, order) => rels.push([article, order + 1, 'people', 'people_id', person]))
      some(statements, 3).forEach((statement, order) =>
        rels.push([article, order + 1, 'statements', 'statements_id', statement]),
      )
    })
    await insertRels(db, rels)
    await db.query('commit')
    // As autovacuum would leave a live site: statistics current, GIN pending lists merged.
    await db.query('vacuum analyze')
    return { articleSlugs, eventSlugs }
  } catch (error) {
    await db.query('rollback').catch(() => undefined)
    throw error
  } finally {
    await db.end()
  }
}
