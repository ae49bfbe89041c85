import type { Payload } from 'payload'

import { tags, type TaggedCollection } from '../cache/tags'
import type { FeedFormat, FeedScope } from '../feeds/model'
import { serializeFeed, type SerializedFeed } from '../feeds/serialize'
import { feedItemLimit, siteUrl } from '../server/env'
import { cachedRead } from './cached-read'
import { findFeedArticles, findFeedSection } from './queries/feeds'

// A feed shows articles with their authors, topics, images and embedded statements and
// charts: a public change to any of those expires every feed, which is cheap to rebuild. Of
// articles, a feed shows a list's first page: it carries that list's head tag.
const SHOWN_IN_FEEDS: TaggedCollection[] = ['users', 'topics', 'people', 'events', 'statements', 'media', 'indicators']

type Section = NonNullable<Awaited<ReturnType<typeof findFeedSection>>>

async function writeFeed(
  payload: Payload,
  format: FeedFormat,
  section: Section,
  options: { site: string; limit: number },
): Promise<SerializedFeed> {
  const { articles, embeds } = await findFeedArticles(payload, section.filter, options.limit)
  return serializeFeed(format, { section, articles, embeds }, options.site)
}

/** One feed read from the database and written out, uncached; null when its section does not exist. */
export async function loadFeed(
  payload: Payload,
  format: FeedFormat,
  scope: FeedScope,
  options: { site: string; limit: number },
): Promise<SerializedFeed | null> {
  const section = await findFeedSection(payload, scope)
  return section && writeFeed(payload, format, section, options)
}

/**
 * One feed, serialized, from the data cache: built once per change and shared by the cached
 * route (plain requests) and the conditional one (If-None-Match / If-Modified-Since).
 * Null when the section does not exist. The section is read first, so that the feed can carry
 * its own list's tag.
 */
export async function getSerializedFeed(format: FeedFormat, scope: FeedScope): Promise<SerializedFeed | null> {
  const site = siteUrl()
  const limit = feedItemLimit()
  const otherTags = SHOWN_IN_FEEDS.map(tags.list)
  const scopeKey = [scope.section ?? 'site', scope.section ? scope.slug : '']
  const section = await cachedRead(['feed-section', ...scopeKey], otherTags, (payload) =>
    findFeedSection(payload, scope),
  )
  if (!section) return null
  const key = ['feed', format, ...scopeKey, site, String(limit)]
  return cachedRead(key, [...otherTags, tags.articlesHead(section.filter ?? undefined)], (payload) =>
    writeFeed(payload, format, section, { site, limit }),
  )
}
