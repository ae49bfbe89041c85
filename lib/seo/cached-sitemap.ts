import { tags, type TaggedCollection } from '../cache/tags'
import { cachedRead } from '../content/cached-read'
import { siteUrl } from '../server/env'
import { serializeSitemap, type SitemapName } from './sitemaps'

// Sitemaps list articles, summits, statements, topics, people and authors, with hero images.
const LISTED: TaggedCollection[] = ['articles', 'events', 'statements', 'topics', 'people', 'users', 'media']

/** One sitemap from the data cache, rebuilt after a public change (and hourly, so news items age out). */
export function getSitemap(name: SitemapName): Promise<string | null> {
  const site = siteUrl()
  const key = ['sitemap', name.kind, 'page' in name ? String(name.page) : '', site]
  return cachedRead(key, LISTED.map(tags.list), (payload) => serializeSitemap(payload, name, site))
}
