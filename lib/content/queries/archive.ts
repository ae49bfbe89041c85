import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { publishedSql } from '../../../access/reader-visibility'
import { articles, articles_rels } from '../../../payload-generated-schema'
import { drizzleOf } from '../../server/drizzle'
import type { ArchiveFilter, ArticleArchivePage } from '../views'

export const ARTICLES_PER_PAGE = 20

/** The relationship table's column for each archive kind that goes through it. */
const LINKED = {
  topics: articles_rels.topicsID,
  people: articles_rels.peopleID,
  authors: articles_rels.usersID,
} as const

type ArchiveRow = {
  id: number
  title: string
  slug: string | null
  standfirst: string | null
  published_at: string | Date | null
  total: string | number
}

/** The SQL condition that keeps an archive's articles. */
function archiveCondition(filter: ArchiveFilter | undefined) {
  if (!filter) return sql`true`
  if (filter.field === 'event') return sql`${articles.event} = ${filter.id}`
  return sql`exists (select 1 from ${articles_rels} where ${articles_rels.parent} = ${articles.id} and ${articles_rels.path} = ${filter.field} and ${LINKED[filter.field]} = ${filter.id})`
}

/** The row of article_archive_counts that holds an archive's number of published stories. */
export const archiveCountScope = (filter: ArchiveFilter | undefined) => (filter ? `${filter.field}:${filter.id}` : '')

/**
 * One page of the latest published articles (of an archive), newest first; null past the last
 * page. One SQL statement, as fast at page 200 as at page 1 and whatever the archive's size:
 * the order and the offset come from an index-only scan of a partial index over published
 * stories' dates (articles_published_order_idx), only the page's twenty rows are read from the
 * table, and the total is the archive's kept count (migration 20261207_100000_archive_counts)
 * rather than a count of its stories. It reads the table directly, so it states the reader's
 * rule itself: published only.
 */
export async function findLatestArticles(
  payload: Payload,
  page: number,
  filter?: ArchiveFilter,
): Promise<ArticleArchivePage | null> {
  if (!Number.isSafeInteger(page) || page < 1) return null
  const { rows } = await drizzleOf(payload).execute<ArchiveRow>(sql`
    with page as (
      select ${articles.id} as id, ${articles.publishedAt} as published_at from ${articles}
      where ${publishedSql(articles)} and ${archiveCondition(filter)}
      order by ${articles.publishedAt} desc nulls last, ${articles.id} desc
      limit ${ARTICLES_PER_PAGE} offset ${(page - 1) * ARTICLES_PER_PAGE}
    )
    select coalesce((select published from article_archive_counts where scope = ${archiveCountScope(filter)}), 0) as total,
      ${articles.id} as id, ${articles.title} as title, ${articles.slug} as slug, ${articles.standfirst} as standfirst, ${articles.publishedAt} as published_at
    from page join ${articles} on ${articles.id} = page.id
    order by page.published_at desc nulls last, page.id desc
  `)
  if (rows.length === 0) return page === 1 ? { articles: [], page, totalPages: 1 } : null
  const totalPages = Math.max(page, Math.ceil(Number(rows[0]!.total) / ARTICLES_PER_PAGE))
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
