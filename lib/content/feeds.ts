import type { Payload } from 'payload'

import { tags, type TaggedCollection } from '../cache/tags'
import type { FeedFormat, FeedScope } from '../feeds/model'
import { serializeFeed, type SerializedFeed } from '../feeds/serialize'
import { feedItemLimit, siteUrl } from '../server/env'
import { cachedRead } from './cached-read'
import { findFeedArticles, findFeedSection } from './queries/feeds'

// A feed shows articles with their authors, topics, images and embedded statements and
// charts: a public change to any of them expires every feed, which is cheap to rebuild.
const SHOWN_IN_FEEDS: TaggedCollection[] = [
  'articles',
  'users',
  'topics',
  'people',
  'events',
  'statements',
  'media',
  'indicators',
]

/** One feed read from the database and written out, uncached; null when its section does not exist. */
export async function loadFeed(
  payload: Payload,
  format: FeedFormat,
  scope: FeedScope,
  options: { site: string; limit: number },
): Promise<SerializedFeed | null> {
  const section = await findFeedSection(payload, scope)
  if (!section) return null
  const { articles, embeds } = await findFeedArticles(payload, section.filter, options.limit)
  return serializeFeed(format, { section, articles, embeds }, options.site)
}

/**
 * One feed, serialized, from the data cache: built once per change and shared by the cached
 * route (plain requests) and the conditional one (If-None-Match / If-Modified-Since).
 * Null when the section does not exist.
 */
export function getSerializedFeed(format: FeedFormat, scope: FeedScope): Promise<SerializedFeed | null> {
  const site = siteUrl()
  const limit = feedItemLimit()
  const key = ['feed', format, scope.section ?? 'site', scope.section ? scope.slug : '', site, String(limit)]
  return cachedRead(key, SHOWN_IN_FEEDS.map(tags.list), (payload) => loadFeed(payload, format, scope, { site, limit }))
}
