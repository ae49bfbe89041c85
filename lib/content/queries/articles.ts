import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { Article } from '../../../payload-types'
import { SLUG_PATTERN } from '../../slug'
import { AS_PUBLIC_READER, readOptions, visibleTo, type ReadAs } from './read-as'
import { idOf, idsOf } from './references'

/** What a list shows of an article. */
export type ArticleSummary = Pick<Article, 'id' | 'title' | 'slug' | 'standfirst' | 'publishedAt'>

/** What the article page shows: public fields only; related documents as ids (see references.ts). */
export type ArticleView = ArticleSummary &
  Pick<Article, 'body' | 'updatedAt' | 'dateline' | 'modifiedAt' | 'externalCoverage' | 'corrections' | 'seo'> & {
    authors: number[]
    topics: number[]
    people: number[]
    relatedArticles: number[]
    event: number | null
    heroImage: number | null
  }

export interface ArticleArchivePage {
  articles: ArticleSummary[]
  page: number
  totalPages: number
}

export const ARTICLES_PER_PAGE = 20

const summarySelect = { title: true, slug: true, standfirst: true, publishedAt: true } as const

/** What an archive lists: every article, or those of one topic, person, author or event. */
export type ArchiveFilter = { field: 'topics' | 'people' | 'authors'; id: number } | { field: 'event'; id: number }

type ArchiveRow = { id: number; title: string; slug: string | null; standfirst: string | null; published_at: string | Date | null; total: string | number }

/** The SQL condition that keeps an archive's articles (`a` is the articles table). */
function archiveCondition(filter: ArchiveFilter | undefined) {
  if (!filter) return sql`true`
  if (filter.field === 'event') return sql`a.event_id = ${filter.id}`
  const column = { topics: sql`r.topics_id`, people: sql`r.people_id`, authors: sql`r.users_id` }[filter.field]
  return sql`exists (select 1 from articles_rels r where r.parent_id = a.id and r.path = ${filter.field} and ${column} = ${filter.id})`
}

/**
 * One page of the latest published articles (of an archive), newest first; null past the last
 * page. One SQL statement, as fast at page 200 as at page 1: the order and the offset come
 * from an index-only scan of a partial index over published stories' dates
 * (articles_published_order_idx), and only the page's twenty rows are read from the table. It
 * reads the table directly, so it states the reader's rule itself: published only.
 */
export async function findLatestArticles(payload: Payload, page: number, filter?: ArchiveFilter): Promise<ArticleArchivePage | null> {
  if (!Number.isSafeInteger(page) || page < 1) return null
  const db = (payload.db as unknown as PostgresAdapter).drizzle
  const { rows } = await db.execute<ArchiveRow>(sql`
    with matching as (
      select a.id, a.published_at from articles a where a._status = 'published' and ${archiveCondition(filter)}
    ),
    page as (
      select id, published_at, (select count(*) from matching) as total from matching
      order by published_at desc nulls last, id desc
      limit ${ARTICLES_PER_PAGE} offset ${(page - 1) * ARTICLES_PER_PAGE}
    )
    select p.total, a.id, a.title, a.slug, a.standfirst, a.published_at
    from page p join articles a on a.id = p.id
    order by p.published_at desc nulls last, p.id desc
  `)
  if (rows.length === 0) return page === 1 ? { articles: [], page, totalPages: 1 } : null
  const totalPages = Math.max(1, Math.ceil(Number(rows[0]!.total) / ARTICLES_PER_PAGE))
  return {
    page,
    totalPages,
    articles: rows.map((row) => ({
      id: row.id,
      title: row.title,
      slug: row.slug,
      standfirst: row.standfirst,
      publishedAt: row.published_at === null ? null : new Date(row.published_at).toISOString(),
    })),
  }
}

/**
 * One published article by its slug, or null (unknown, draft, or not a slug at all); in a
 * preview, the latest version of it, draft or not.
 */
export async function findPublishedArticle(payload: Payload, slug: string, as: ReadAs = AS_PUBLIC_READER): Promise<ArticleView | null> {
  if (!SLUG_PATTERN.test(slug)) return null
  const found = await payload.find({
    collection: 'articles',
    where: visibleTo(as, { slug: { equals: slug } }),
    limit: 1,
    pagination: false,
    depth: 0,
    select: {
      ...summarySelect,
      body: true,
      updatedAt: true,
      dateline: true,
      modifiedAt: true,
      authors: true,
      topics: true,
      people: true,
      relatedArticles: true,
      event: true,
      heroImage: true,
      externalCoverage: true,
      corrections: true,
      seo: true,
    },
    ...readOptions(as),
  })
  const doc = found.docs[0]
  if (!doc) return null
  return {
    ...(doc as unknown as ArticleView),
    authors: idsOf(doc.authors),
    topics: idsOf(doc.topics),
    people: idsOf(doc.people),
    relatedArticles: idsOf(doc.relatedArticles),
    event: idOf(doc.event),
    heroImage: idOf(doc.heroImage),
  }
}
