import { createHash } from 'node:crypto'

import type { FeedContent } from '../content/views'
import { writeAtom } from './atom'
import { renderFeedBodies } from './body-html'
import { buildFeed } from './build'
import { writeJsonFeed } from './json-feed'
import type { Feed, FeedFormat } from './model'
import { writeRss } from './rss'

/** A feed ready to send, with the validators conditional requests are answered from. */
export interface SerializedFeed {
  body: string
  etag: string
  /** An HTTP date. */
  lastModified: string
}

const WRITERS: Record<FeedFormat, (feed: Feed) => string> = { rss: writeRss, atom: writeAtom, json: writeJsonFeed }

/** One feed's content written out in one format, every URL absolute on `site`. */
export async function serializeFeed(format: FeedFormat, content: FeedContent, site: string): Promise<SerializedFeed> {
  const feed = buildFeed(content.section, await renderFeedBodies(content.articles, content.embeds, site), site)
  const body = WRITERS[format](feed)
  return {
    body,
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`,
    lastModified: feed.updated.toUTCString(),
  }
}
