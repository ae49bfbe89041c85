import { READER_CACHE_CONTROL } from '../http/edge-cache-headers.mjs'
import { plainText } from '../http/responses'
import type { SerializedFeed } from './serialize'
import { FEED_CONTENT_TYPES, type FeedFormat, type FeedScope } from './model'

/** A feed reader revalidates each poll (a 304 while nothing changed); a CDN keeps it 5 s at most. */
export const FEED_CACHE_CONTROL = READER_CACHE_CONTROL

const FORMATS: Record<string, FeedFormat> = { xml: 'rss', atom: 'atom', json: 'json' }
const SECTIONS = new Set(['topics', 'people', 'authors', 'events'])

/**
 * Reads the internal feed route's segments (`/feeds/<mode>/<xml|atom|json>[/<section>/<slug>]`,
 * which next.config.mjs rewrites the public URLs to). Null: not a feed, answer 404.
 */
export function parseFeedRoute(
  extension: string,
  section: string[] | undefined,
): { format: FeedFormat; scope: FeedScope } | null {
  const format = FORMATS[extension]
  if (!format) return null
  if (!section || section.length === 0) return { format, scope: { section: null } }
  const [kind, slug, ...rest] = section
  if (!kind || !slug || rest.length > 0 || !SECTIONS.has(kind)) return null
  return { format, scope: { section: kind as Exclude<FeedScope['section'], null>, slug } }
}

function validators(feed: SerializedFeed): Record<string, string> {
  return { ETag: feed.etag, 'Last-Modified': feed.lastModified, 'Cache-Control': FEED_CACHE_CONTROL }
}

export function feedResponse(feed: SerializedFeed, format: FeedFormat): Response {
  return new Response(feed.body, { headers: { 'Content-Type': FEED_CONTENT_TYPES[format], ...validators(feed) } })
}

export function feedNotFound(): Response {
  return plainText('No such feed.', 404)
}
