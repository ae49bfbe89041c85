/**
 * Our feed model: what every format says about a feed and its items. The writers
 * (rss.ts, atom.ts, json-feed.ts) only translate it; nothing here knows about Payload.
 */

export type FeedFormat = 'rss' | 'atom' | 'json'

export interface FeedPerson {
  name: string
  url: string
}

export interface FeedCategory {
  label: string
  url: string
}

export interface FeedImage {
  url: string
  mimeType: string
  /** Bytes, for `enclosure length` and JSON Feed `size_in_bytes`. */
  size: number
  width: number
  height: number
  alt: string
}

export interface FeedItem {
  /** Stable for the life of the story, whatever its slug becomes. */
  id: string
  url: string
  title: string
  summary: string | null
  /** The full body, self-contained HTML with absolute URLs. */
  contentHtml: string
  authors: FeedPerson[]
  categories: FeedCategory[]
  published: Date
  updated: Date
  image: FeedImage | null
}

export interface Feed {
  id: string
  title: string
  description: string
  /** The page the feed follows: the home page or the section's page. */
  homeUrl: string
  /** Where each format of this feed lives, for self links and alternates. */
  urls: Record<FeedFormat, string>
  language: string
  /** The newest change among the items (or the section), so rebuilding does not move it. */
  updated: Date
  icon: string
  publisher: FeedPerson
  items: FeedItem[]
}

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
}

/** Which feed a request asks for: the site's, or one section's by its slug. */
export type FeedScope = { section: null } | { section: 'topics' | 'people' | 'authors' | 'events'; slug: string }
