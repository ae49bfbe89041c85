import type { NewsItem, SitemapPage, SitemapUrl } from '../content/views'
import { xmlDocument } from '../xml/writer'

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'

/** Where one page of a kind's sitemap lives ("/sitemaps/articles-1.xml"). */
export const sitemapPath = (page: Pick<SitemapPage, 'kind' | 'page'>) => `/sitemaps/${page.kind}-${page.page}.xml`

/** The sitemap index (sitemaps.org): every page of every kind's sitemap. */
export function writeSitemapIndex(pages: SitemapPage[], site: string): string {
  const { root, serialize } = xmlDocument({ name: 'sitemapindex', namespace: SITEMAP_NS })
  for (const page of pages) {
    const entry = root.add('sitemap')
    entry.add('loc', {}, new URL(sitemapPath(page), site).toString())
    if (page.lastmod) entry.add('lastmod', {}, page.lastmod)
  }
  return serialize()
}

/** A urlset with Google's image extension for pictures on the page. */
export function writeUrlset(urls: SitemapUrl[], site: string): string {
  const { root, serialize } = xmlDocument({
    name: 'urlset',
    namespace: SITEMAP_NS,
    prefixes: { image: 'http://www.google.com/schemas/sitemap-image/1.1' },
  })
  for (const url of urls) {
    const entry = root.add('url')
    entry.add('loc', {}, new URL(url.path, site).toString())
    if (url.lastmod) entry.add('lastmod', {}, url.lastmod)
    for (const image of url.images) entry.add('image:image').add('image:loc', {}, new URL(image.path, site).toString())
  }
  return serialize()
}

/** Google News sitemap: the last 48 hours' articles with publication, date and title. */
export function writeNewsSitemap(
  items: NewsItem[],
  site: string,
  publication: { name: string; language: string },
): string {
  const { root, serialize } = xmlDocument({
    name: 'urlset',
    namespace: SITEMAP_NS,
    prefixes: { news: 'http://www.google.com/schemas/sitemap-news/0.9' },
  })
  for (const item of items) {
    const entry = root.add('url')
    entry.add('loc', {}, new URL(item.path, site).toString())
    const news = entry.add('news:news')
    const source = news.add('news:publication')
    source.add('news:name', {}, publication.name)
    source.add('news:language', {}, publication.language)
    news.add('news:publication_date', {}, item.publishedAt)
    news.add('news:title', {}, item.title)
  }
  return serialize()
}
