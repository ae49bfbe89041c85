import type { Feed, FeedPerson } from './model'
import { stripInvalidXmlChars as xmlText } from '../text/xml-chars'

const author = ({ name, url }: FeedPerson) => ({ name: xmlText(name), url })

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1): `authors`, `language`, the body as content_html. */
export function writeJsonFeed(feed: Feed): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: xmlText(feed.title),
    home_page_url: feed.homeUrl,
    feed_url: feed.urls.json,
    description: xmlText(feed.description),
    icon: feed.icon,
    favicon: feed.icon,
    language: feed.language,
    authors: [author(feed.publisher)],
    items: feed.items.map((item) => ({
      id: item.id,
      url: item.url,
      title: xmlText(item.title),
      ...(item.summary ? { summary: xmlText(item.summary) } : {}),
      content_html: xmlText(item.contentHtml),
      ...(item.image ? { image: item.image.url } : {}),
      date_published: item.published.toISOString(),
      date_modified: item.updated.toISOString(),
      authors: item.authors.map(author),
      tags: item.categories.map((category) => xmlText(category.label)),
      ...(item.image
        ? {
            attachments: [
              {
                url: item.image.url,
                mime_type: item.image.mimeType,
                size_in_bytes: item.image.size,
                title: xmlText(item.image.alt),
              },
            ],
          }
        : {}),
    })),
  })
}
