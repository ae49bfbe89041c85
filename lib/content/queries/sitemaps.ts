import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { publicProfileColumns, publishedSql } from '../../../access/reader-visibility'
import {
  articles,
  articles_rels,
  events,
  media,
  people,
  statements,
  topics,
  users,
} from '../../../payload-generated-schema'
import { drizzleOf } from '../../server/drizzle'
import { SITEMAP_KINDS, type NewsItem, type SitemapKind, type SitemapPage, type SitemapUrl } from '../views'

type Row = {
  id: number
  path: string
  lastmod: string | Date | null
  image_filename: string | null
  image_alt: string | null
}

const iso = (value: string | Date | null) => (value === null ? null : new Date(value).toISOString())

const author = publicProfileColumns

// Each kind's public documents as (id, path, lastmod, hero image). These read the tables
// directly (one statement per page, fast at 10,000s of rows), so they state the reader's
// rules themselves (access/reader-visibility.ts): published only; of users, the public
// profile, and only authors with a published article.
const SOURCES: Record<SitemapKind, SQL> = {
  articles: sql`select ${articles.id} as id, '/articles/' || ${articles.slug} as path, ${articles.updatedAt} as lastmod, ${media.filename} as image_filename, ${media.alt} as image_alt
    from ${articles} left join ${media} on ${media.id} = ${articles.heroImage} where ${publishedSql(articles)} and ${articles.slug} is not null`,
  events: sql`select ${events.id} as id, '/events/' || ${events.slug} as path, ${events.updatedAt} as lastmod, null as image_filename, null as image_alt
    from ${events} where ${publishedSql(events)} and ${events.slug} is not null`,
  statements: sql`select ${statements.id} as id, '/statements/' || ${statements.id} as path, ${statements.updatedAt} as lastmod, null as image_filename, null as image_alt
    from ${statements} where ${publishedSql(statements)}`,
  topics: sql`select ${topics.id} as id, '/topics/' || ${topics.slug} as path, ${topics.updatedAt} as lastmod, null as image_filename, null as image_alt
    from ${topics} where ${topics.slug} is not null`,
  people: sql`select ${people.id} as id, '/people/' || ${people.slug} as path, ${people.updatedAt} as lastmod, null as image_filename, null as image_alt
    from ${people} where ${people.slug} is not null`,
  // A user row changes at every login, so an author's page is as new as their newest story.
  authors: sql`select ${author.id} as id, '/authors/' || ${author.slug} as path, max(${articles.updatedAt}) as lastmod, null as image_filename, null as image_alt
    from ${users} join ${articles_rels} on ${articles_rels.usersID} = ${author.id} and ${articles_rels.path} = 'authors'
    join ${articles} on ${articles.id} = ${articles_rels.parent} and ${publishedSql(articles)}
    where ${author.slug} is not null group by ${author.id}, ${author.slug}`,
}

/** Every page of every kind's sitemap with the newest change on it, for the sitemap index. */
export async function findSitemapPages(payload: Payload, pageSize: number): Promise<SitemapPage[]> {
  const pages: SitemapPage[] = []
  for (const kind of SITEMAP_KINDS) {
    const { rows } = await drizzleOf(payload).execute<{ page: number | string; lastmod: string | Date | null }>(sql`
      select page, max(lastmod) as lastmod from (
        select (row_number() over (order by id) - 1) / ${pageSize}::int + 1 as page, lastmod from (${SOURCES[kind]}) s
      ) numbered group by page order by page
    `)
    pages.push(...rows.map((row) => ({ kind, page: Number(row.page), lastmod: iso(row.lastmod) })))
  }
  return pages
}

/** One page of one kind's sitemap, in id order so pages stay stable as the archive grows. */
export async function findSitemapUrls(
  payload: Payload,
  kind: SitemapKind,
  page: number,
  pageSize: number,
): Promise<SitemapUrl[]> {
  const { rows } = await drizzleOf(payload).execute<Row>(sql`
    select * from (${SOURCES[kind]}) s order by id limit ${pageSize}::int offset ${(page - 1) * pageSize}::int
  `)
  return rows.map((row) => ({
    path: row.path,
    lastmod: iso(row.lastmod),
    images: row.image_filename
      ? [{ path: `/api/media/file/${encodeURIComponent(row.image_filename)}`, caption: row.image_alt }]
      : [],
  }))
}

/** Articles published in the window Google News reads (the last 48 hours), newest first. */
export async function findNewsArticles(payload: Payload, now: Date, limit: number): Promise<NewsItem[]> {
  const since = new Date(now.getTime() - 48 * 3600 * 1000)
  const { rows } = await drizzleOf(payload).execute<{ slug: string; title: string; published_at: string | Date }>(sql`
    select ${articles.slug} as slug, ${articles.title} as title, ${articles.publishedAt} as published_at from ${articles}
    where ${publishedSql(articles)} and ${articles.slug} is not null
      and ${articles.publishedAt} > ${since.toISOString()}::timestamptz and ${articles.publishedAt} <= ${now.toISOString()}::timestamptz
    order by ${articles.publishedAt} desc, ${articles.id} desc limit ${limit}::int
  `)
  return rows.map((row) => ({
    path: `/articles/${row.slug}`,
    title: row.title,
    publishedAt: new Date(row.published_at).toISOString(),
  }))
}
