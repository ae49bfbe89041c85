import { xmlDocument } from '../xml/writer'
import type { Feed } from './model'

/** RFC 822 dates, as RSS 2.0 wants them ("Thu, 16 May 2024 15:00:00 GMT"). */
const rfc822 = (date: Date) => date.toUTCString()

/** RSS 2.0 with the full body in content:encoded, authors as dc:creator and the hero as enclosure and media:content. */
export function writeRss(feed: Feed): string {
  const { root, serialize } = xmlDocument({
    name: 'rss',
    attributes: { version: '2.0' },
    prefixes: {
      atom: 'http://www.w3.org/2005/Atom',
      content: 'http://purl.org/rss/1.0/modules/content/',
      dc: 'http://purl.org/dc/elements/1.1/',
      media: 'http://search.yahoo.com/mrss/',
    },
  })
  const channel = root.add('channel')
  channel.add('title', {}, feed.title)
  channel.add('link', {}, feed.homeUrl)
  channel.add('description', {}, feed.description)
  channel.add('language', {}, feed.language)
  channel.add('lastBuildDate', {}, rfc822(feed.updated))
  channel.add('atom:link', { href: feed.urls.rss, rel: 'self', type: 'application/rss+xml' })
  const image = channel.add('image')
  image.add('url', {}, feed.icon)
  image.add('title', {}, feed.title)
  image.add('link', {}, feed.homeUrl)

  for (const entry of feed.items) {
    const item = channel.add('item')
    item.add('title', {}, entry.title)
    item.add('link', {}, entry.url)
    item.add('guid', { isPermaLink: 'false' }, entry.id)
    if (entry.summary) item.add('description', {}, entry.summary)
    item.add('content:encoded', {}, entry.contentHtml)
    for (const author of entry.authors) item.add('dc:creator', {}, author.name)
    for (const category of entry.categories) item.add('category', { domain: category.url }, category.label)
    item.add('pubDate', {}, rfc822(entry.published))
    // RSS has no element for an update; readers that care take Atom's, in RFC 3339.
    item.add('atom:updated', {}, entry.updated.toISOString())
    if (entry.image) {
      const { url, mimeType, size, width, height, alt } = entry.image
      item.add('enclosure', { url, length: size, type: mimeType })
      item
        .add('media:content', { url, type: mimeType, medium: 'image', fileSize: size, width, height })
        .add('media:description', { type: 'plain' }, alt)
    }
  }
  return serialize()
}
