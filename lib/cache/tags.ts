/**
 * The cache tag vocabulary: every tag a reader surface may carry is built here, so the pages
 * that read content and the hooks that invalidate it can never disagree on a spelling.
 *
 * Tags name *what a surface shows*, not which page it is:
 * - `articles`          every list of published articles (home, archives, feeds, sitemaps)
 * - `article:<slug>`    the page at /articles/<slug>, including the 404 for an unknown slug,
 *                       so publishing under that slug replaces a cached "not found"
 */
export const tags = {
  articleList: 'articles',
  article: (slug: string) => `article:${slug}`,
} as const

/** Next keeps at most this many tags on one cache entry and silently drops the rest. */
export const MAX_TAGS_PER_ENTRY = 128

/** A tag is ASCII without spaces or control characters; slugs are already that. */
export function isValidTag(tag: string): boolean {
  return tag.length > 0 && tag.length <= 256 && /^[\x21-\x7e]+$/.test(tag)
}

/** Seconds after which a cached page is re-rendered even without a change: a safety net, not the freshness mechanism. */
export const SAFETY_REVALIDATE_SECONDS = 3600
