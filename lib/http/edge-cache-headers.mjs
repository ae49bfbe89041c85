// @ts-check
/**
 * What each cache in front of a node is told (docs/ARCHITECTURE.md, "The edge"):
 *
 * - **Browsers and any cache we do not purge** get `Cache-Control: public, max-age=0,
 *   s-maxage=5`: a browser revalidates every time (a cheap 304), a shared cache keeps a page,
 *   feed or sitemap at most five seconds past a change. Next's own header for cached pages
 *   (`s-maxage=<revalidate>, stale-while-revalidate=<a year>`) would let a CDN keep a page for
 *   an hour after a correction.
 * - **The edge we purge** (Varnish with xkey, when EDGE_PURGE_URLS names it) gets a long
 *   lifetime in `Surrogate-Control`, which it strips, and the page's cache tags as surrogate
 *   keys: `xkey` for Varnish, `Surrogate-Key` and `Cache-Tag` for CDNs that purge by those. A
 *   change purges exactly those keys there (lib/cache/outbox/). Only a page served from the
 *   node's cache carries them — the render that fills it streams before its tags are known —
 *   so a first render goes out with `Surrogate-Control: no-store` and the edge keeps none.
 */

/** Every cacheable reader response (pages, feeds, sitemaps), whoever caches it. */
export const READER_CACHE_CONTROL = 'public, max-age=0, s-maxage=5'

/** The edge's safety lifetime for a page nobody purges: a day. */
export const EDGE_LIFETIME_SECONDS = 86_400

/**
 * Behind an edge, a reader response that carries no surrogate keys — the render that fills a
 * node's cache streams before its tags are known — is not kept there at all: nothing could
 * purge it. The next request finds the node's cached copy, keys and all.
 */
export const UNKEYED_SURROGATE_CONTROL = 'no-store'

/**
 * A page the node serves stale (a bounded change, re-rendered behind the reader) must not be
 * kept by the edge as if fresh: it gets the browsers' five seconds there too.
 */
export const STALE_SURROGATE_CONTROL = 'max-age=5'

/**
 * The Cache-Control a response leaves with: a shared-cache lifetime from Next (cached pages,
 * routes and feeds) becomes the reader policy; private, no-store and no-cache answers (the
 * admin, the API, previews, searches) and responses without one are left as they are.
 * @param {unknown} value the Cache-Control the app set
 * @returns {unknown}
 */
export function readerCacheControl(value) {
  if (typeof value !== 'string' || !/\bs-maxage=/i.test(value)) return value
  if (/\b(private|no-store|no-cache)\b/i.test(value)) return value
  return READER_CACHE_CONTROL
}

/**
 * The headers that let the edge keep a page under its tags and purge it by them.
 * @param {readonly string[]} tags the page's cache tags (lib/cache/tags.ts)
 * @returns {Record<string, string>}
 */
export function surrogateHeaders(tags) {
  return {
    'surrogate-control': `max-age=${EDGE_LIFETIME_SECONDS}`,
    xkey: tags.join(' '),
    'surrogate-key': tags.join(' '),
    'cache-tag': tags.join(','),
  }
}
