import type { Payload } from 'payload'

import { tags, type TaggedCollection } from '../cache/tags'
import { NEWS_SITEMAP_LIMIT, SITEMAP_PAGE_SIZE, writeSitemap, type SitemapName } from '../seo/sitemaps'
import { siteUrl } from '../server/env'
import { cachedRead } from './cached-read'
import { findNewsArticles, findSitemapPages, findSitemapUrls } from './queries/sitemaps'
import type { SitemapContent } from './views'

// Sitemaps list articles, summits, statements, topics, people and authors, with hero images.
const LISTED: TaggedCollection[] = ['articles', 'events', 'statements', 'topics', 'people', 'users', 'media']

/** What one sitemap lists, or null when that page does not exist. */
async function findSitemapContent(payload: Payload, name: SitemapName, now: Date): Promise<SitemapContent | null> {
  if (name.kind === 'index') return { kind: 'index', pages: await findSitemapPages(payload, SITEMAP_PAGE_SIZE) }
  if (name.kind === 'news') return { kind: 'news', items: await findNewsArticles(payload, now, NEWS_SITEMAP_LIMIT) }
  const urls = await findSitemapUrls(payload, name.kind, name.page, SITEMAP_PAGE_SIZE)
  // Page 1 of a kind always exists (an empty urlset is valid); later pages only when filled.
  return urls.length === 0 && name.page > 1 ? null : { kind: 'urls', urls }
}

/** One sitemap read from the database and written as XML, uncached; null when that page does not exist. */
export async function loadSitemap(
  payload: Payload,
  name: SitemapName,
  site: string,
  now = new Date(),
): Promise<string | null> {
  const content = await findSitemapContent(payload, name, now)
  return content && writeSitemap(content, site)
}

/** One sitemap from the data cache, rebuilt after a public change (and hourly, so news items age out). */
export function getSitemap(name: SitemapName): Promise<string | null> {
  const site = siteUrl()
  const key = ['sitemap', name.kind, 'page' in name ? String(name.page) : '', site]
  return cachedRead(key, LISTED.map(tags.list), (payload) => loadSitemap(payload, name, site))
}
