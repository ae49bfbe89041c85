import { tags, type TaggedCollection } from '../cache/tags'
import { cachedRead } from '../content/cached-read'
import { feedItemLimit, siteUrl } from '../server/env'
import type { FeedFormat, FeedScope } from './model'
import { serializeFeed, type SerializedFeed } from './serialize'

export type { SerializedFeed } from './serialize'

// A feed shows articles with their authors, topics, images and embedded statements and
// charts: a public change to any of them expires every feed, which is cheap to rebuild.
const SHOWN_IN_FEEDS: TaggedCollection[] = ['articles', 'users', 'topics', 'people', 'events', 'statements', 'media', 'indicators']

/**
 * One feed, serialized, from the data cache: built once per change and shared by the cached
 * route (plain requests) and the conditional one (If-None-Match / If-Modified-Since).
 * Null when the section does not exist.
 */
export function getSerializedFeed(format: FeedFormat, scope: FeedScope): Promise<SerializedFeed | null> {
  const site = siteUrl()
  const limit = feedItemLimit()
  const key = ['feed', format, scope.section ?? 'site', scope.section ? scope.slug : '', site, String(limit)]
  return cachedRead(key, SHOWN_IN_FEEDS.map(tags.list), (payload) => serializeFeed(payload, format, scope, { site, limit }))
}
