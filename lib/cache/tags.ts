import type { NewsroomCollection } from '../../collections/slugs'

/**
 * The cache tag vocabulary: every tag a reader surface may carry is built here, so the pages
 * that read content and the hooks that invalidate it can never disagree on a spelling.
 *
 * Tags name *what a surface shows*, not which page it is:
 * - `<collection>`            every list of that collection's public documents (home, archives,
 *                              feeds, sitemaps): `articles`, `events`, `statements`, …
 * - `<collection>:<slug>`      the page a slug resolves to, including its 404, so publishing under
 *                              that slug replaces a cached "not found"
 * - `doc:<collection>:<id>`    one document wherever it is shown inside another (an author in a
 *                              byline, a topic on an article)
 */
export type TaggedCollection = NewsroomCollection

export const tags = {
  list: (collection: TaggedCollection) => collection,
  bySlug: (collection: TaggedCollection, slug: string) => `${collection}:${slug}`,
  doc: (collection: TaggedCollection, id: number | string) => `doc:${collection}:${id}`,
  /** Shorthands for the article surfaces. */
  articleList: 'articles',
  article: (slug: string) => `articles:${slug}`,
} as const

/** Next keeps at most this many tags on one cache entry and silently drops the rest. */
export const MAX_TAGS_PER_ENTRY = 128

/** A tag is ASCII without spaces or control characters; slugs are already that. */
export function isValidTag(tag: string): boolean {
  return tag.length > 0 && tag.length <= 256 && /^[\x21-\x7e]+$/.test(tag)
}

/** Seconds after which a cached page is re-rendered even without a change: a safety net, not the freshness mechanism. */
export const SAFETY_REVALIDATE_SECONDS = 3600
