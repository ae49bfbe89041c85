import { createHash } from 'node:crypto'

import type { Payload } from 'payload'

import { findFeedArticles, findFeedSection } from '../content/queries/feeds'
import { writeAtom } from './atom'
import { buildFeed } from './build'
import { writeJsonFeed } from './json-feed'
import type { Feed, FeedFormat, FeedScope } from './model'
import { writeRss } from './rss'

/** A feed ready to send, with the validators conditional requests are answered from. */
export interface SerializedFeed {
  body: string
  etag: string
  /** An HTTP date. */
  lastModified: string
}

const WRITERS: Record<FeedFormat, (feed: Feed) => string> = { rss: writeRss, atom: writeAtom, json: writeJsonFeed }

/** One feed read from the database and written out; null when its section does not exist. */
export async function serializeFeed(payload: Payload, format: FeedFormat, scope: FeedScope, options: { site: string; limit: number }): Promise<SerializedFeed | null> {
  const section = await findFeedSection(payload, scope)
  if (!section) return null
  const feed = buildFeed(section, await findFeedArticles(payload, section.filter, options.limit, options.site), options.site)
  const body = WRITERS[format](feed)
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`, lastModified: feed.updated.toUTCString() }
}
