import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/** What the sitemaps list, one sitemap (or several pages of one) per kind. */
export const SITEMAP_KINDS = ['articles', 'events', 'statements', 'topics', 'people', 'authors'] as const
export type SitemapKind = (typeof SITEMAP_KINDS)[number]

export interface SitemapUrl {
  path: string
  lastmod: string | null
  images: { path: string; caption: string | null }[]
}

export interface SitemapPage {
  kind: SitemapKind
  page: number
  lastmod: string | null
}

export interface NewsItem {
  path: string
  title: string
  publishedAt: string
}

type Row = { id: number; path: string; lastmod: string | Date | null; image_filename: string | null; image_alt: string | null }

const iso = (value: string | Date | null) => (value === null ? null : new Date(value).toISOString())

// Each kind's public documents as (id, path, lastmod, hero image). These read the tables
// directly (one statement per page, fast at 10,000s of rows), so they state the reader's
// rules themselves: published only; authors only with a published article.
const SOURCES: Record<SitemapKind, ReturnType<typeof sql>> = {
  articles: sql`select a.id, '/articles/' || a.slug as path, a.updated_at as lastmod, m.filename as image_filename, m.alt as image_alt
    from articles a left join media m on m.id = a.hero_image_id where a._status = 'published' and a.slug is not null`,
  events: sql`select id, '/events/' || slug as path, updated_at as lastmod, null as image_filename, null as image_alt
    from events where _status = 'published' and slug is not null`,
  statements: sql`select id, '/statements/' || id as path, updated_at as lastmod, null as image_filename, null as image_alt
    from statements where _status = 'published'`,
  topics: sql`select id, '/topics/' || slug as path, updated_at as lastmod, null as image_filename, null as image_alt from topics where slug is not null`,
  people: sql`select id, '/people/' || slug as path, updated_at as lastmod, null as image_filename, null as image_alt from people where slug is not null`,
  // A user row changes at every login, so an author's page is as new as their newest story.
  authors: sql`select u.id, '/authors/' || u.slug as path, max(a.updated_at) as lastmod, null as image_filename, null as image_alt
    from users u join articles_rels r on r.users_id = u.id and r.path = 'authors' join articles a on a.id = r.parent_id and a._status = 'published'
    where u.slug is not null group by u.id, u.slug`,
}

function db(payload: Payload) {
  return (payload.db as unknown as PostgresAdapter).drizzle
}

/** Every page of every kind's sitemap with the newest change on it, for the sitemap index. */
export async function findSitemapPages(payload: Payload, pageSize: number): Promise<SitemapPage[]> {
  const pages: SitemapPage[] = []
  for (const kind of SITEMAP_KINDS) {
    const { rows } = await db(payload).execute<{ page: number | string; lastmod: string | Date | null }>(sql`
      select page, max(lastmod) as lastmod from (
        select (row_number() over (order by id) - 1) / ${pageSize}::int + 1 as page, lastmod from (${SOURCES[kind]}) s
      ) numbered group by page order by page
    `)
    pages.push(...rows.map((row) => ({ kind, page: Number(row.page), lastmod: iso(row.lastmod) })))
  }
  return pages
}

/** One page of one kind's sitemap, in id order so pages stay stable as the archive grows. */
export async function findSitemapUrls(payload: Payload, kind: SitemapKind, page: number, pageSize: number): Promise<SitemapUrl[]> {
  const { rows } = await db(payload).execute<Row>(sql`
    select * from (${SOURCES[kind]}) s order by id limit ${pageSize}::int offset ${(page - 1) * pageSize}::int
  `)
  return rows.map((row) => ({
    path: row.path,
    lastmod: iso(row.lastmod),
    images: row.image_filename ? [{ path: `/api/media/file/${encodeURIComponent(row.image_filename)}`, caption: row.image_alt }] : [],
  }))
}

/** Articles published in the window Google News reads (the last 48 hours), newest first. */
export async function findNewsArticles(payload: Payload, now: Date, limit: number): Promise<NewsItem[]> {
  const since = new Date(now.getTime() - 48 * 3600 * 1000)
  const { rows } = await db(payload).execute<{ slug: string; title: string; published_at: string | Date }>(sql`
    select slug, title, published_at from articles
    where _status = 'published' and slug is not null and published_at > ${since.toISOString()}::timestamptz and published_at <= ${now.toISOString()}::timestamptz
    order by published_at desc, id desc limit ${limit}::int
  `)
  return rows.map((row) => ({ path: `/articles/${row.slug}`, title: row.title, publishedAt: new Date(row.published_at).toISOString() }))
}
