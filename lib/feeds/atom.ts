import { xmlDocument, type XmlElement } from '../xml/writer'
import type { Feed, FeedPerson } from './model'

function addAuthor(parent: XmlElement, who: FeedPerson): void {
  const author = parent.add('author')
  author.add('name', {}, who.name)
  author.add('uri', {}, who.url)
}

/** Atom 1.0 (RFC 4287): the full body as `content type="html"`, every author, RFC 3339 dates. */
export function writeAtom(feed: Feed): string {
  const { root, serialize } = xmlDocument({
    name: 'feed',
    namespace: 'http://www.w3.org/2005/Atom',
    prefixes: { media: 'http://search.yahoo.com/mrss/' },
    attributes: { 'xml:lang': feed.language },
  })
  root.add('id', {}, feed.id)
  root.add('title', {}, feed.title)
  root.add('subtitle', {}, feed.description)
  root.add('updated', {}, feed.updated.toISOString())
  root.add('link', { rel: 'self', type: 'application/atom+xml', href: feed.urls.atom })
  root.add('link', { rel: 'alternate', type: 'text/html', href: feed.homeUrl })
  root.add('icon', {}, feed.icon)
  // Atom needs an author on every entry; the publisher stands in where a story has none.
  addAuthor(root, feed.publisher)

  for (const item of feed.items) {
    const entry = root.add('entry')
    entry.add('id', {}, item.id)
    entry.add('title', {}, item.title)
    entry.add('link', { rel: 'alternate', type: 'text/html', href: item.url })
    entry.add('published', {}, item.published.toISOString())
    entry.add('updated', {}, item.updated.toISOString())
    for (const author of item.authors) addAuthor(entry, author)
    for (const category of item.categories)
      entry.add('category', { term: category.label, scheme: category.url, label: category.label })
    if (item.summary) entry.add('summary', { type: 'text' }, item.summary)
    entry.add('content', { type: 'html' }, item.contentHtml)
    if (item.image) {
      const { url, mimeType, size, width, height, alt } = item.image
      entry.add('link', { rel: 'enclosure', type: mimeType, length: size, href: url, title: alt })
      entry.add('media:content', { url, type: mimeType, medium: 'image', fileSize: size, width, height })
    }
  }
  return serialize()
}
