import { SITEMAP_KINDS, type SitemapContent, type SitemapKind } from '../content/views'
import { SITE_LANGUAGE, SITE_NAME } from '../site'
import { writeNewsSitemap, writeSitemapIndex, writeUrlset } from './sitemap-xml'

/** URLs per sitemap page: well under the protocol's 50,000 (and its 50 MB). */
export const SITEMAP_PAGE_SIZE = 10_000
/** Google News reads at most 1,000 URLs per news sitemap. */
export const NEWS_SITEMAP_LIMIT = 1_000

/** Which sitemap a request names: the index, the news sitemap, or one page of a kind's. */
export type SitemapName = { kind: 'index' } | { kind: 'news' } | { kind: SitemapKind; page: number }

/** Reads "index.xml", "news.xml" or "articles-2.xml"; null for anything else (a 404). */
export function parseSitemapName(name: string): SitemapName | null {
  if (name === 'index.xml') return { kind: 'index' }
  if (name === 'news.xml') return { kind: 'news' }
  const match = /^([a-z]+)-([1-9][0-9]{0,4})\.xml$/.exec(name)
  const kind = SITEMAP_KINDS.find((candidate) => candidate === match?.[1])
  return match && kind ? { kind, page: Number(match[2]) } : null
}

/** One sitemap's content as XML, every URL absolute on `site`. */
export function writeSitemap(content: SitemapContent, site: string): string {
  switch (content.kind) {
    case 'index':
      return writeSitemapIndex(content.pages, site)
    case 'news':
      return writeNewsSitemap(content.items, site, { name: SITE_NAME, language: SITE_LANGUAGE })
    case 'urls':
      return writeUrlset(content.urls, site)
  }
}
