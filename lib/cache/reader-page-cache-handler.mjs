// @ts-check
/**
 * Next's cache handler (`cacheHandler` in next.config.mjs), written against Next's documented
 * interface (`get`, `set`, `revalidateTag`, `resetRequestCache`) and nothing else of Next's.
 * It holds reader pages, feeds, sitemaps and data reads in memory, and:
 *
 * - keeps a page without Next's client runtime (strip-client-runtime.mjs), so every reader
 *   served from the cache gets a page with no JavaScript to download or run, and with a
 *   second Content-Security-Policy that lets no script run at all;
 * - judges every entry by its tags in one ledger (tag-ledger.mjs): an exact change expires an
 *   entry at once, a bounded one lets a page be served stale, re-rendered behind the reader,
 *   until the bound passes (lib/cache/tags-for-change.ts says which change is which);
 * - dates an entry by when its render or read *started* (the miss that caused it), not when
 *   it was stored, so a render that began before a change is never kept as fresh;
 * - keeps at most MAX_CACHED_SEARCHES search results (one data read per query and page: the
 *   search route renders no cached page), so invented queries cannot push stories out;
 * - never keeps a server error: Next caches a route's answer whatever its status;
 * - with several nodes (REDIS_URL), takes every other node's expiries from the bus
 *   (expiry-bus.mjs) into the same ledger, as they arrive and after any it missed;
 * - with an edge (EDGE_PURGE_URLS), stores each page and route with its tags as surrogate keys
 *   and a long edge lifetime, and hands out a stale one with a short lifetime instead
 *   (lib/http/edge-cache-headers.mjs).
 *
 * Next makes a handler per request, so the store, the ledger and the bus are the module's.
 */
import { createHash } from 'node:crypto'

import { LRUCache } from 'lru-cache'

import { STALE_SURROGATE_CONTROL, surrogateHeaders } from '../http/edge-cache-headers.mjs'
import { scriptlessPagePolicy } from '../http/security-headers.mjs'
import { edgePurgeUrls, expiryPollMs, pageCacheBytes, redisUrl } from '../server/env.js'
import { followExpiries } from './expiry-bus.mjs'
import { stripClientRuntime } from './strip-client-runtime.mjs'
import { TagLedger } from './tag-ledger.mjs'
import { holdReadsOnPrimary } from '../server/replica-gate.mjs'

/** The response header in which Next stores a cached page's or route's tags, comma-separated. */
export const CACHE_TAGS_HEADER = 'x-next-cache-tags'

/**
 * Search results are cached per query and page, and anyone can ask new queries: past this
 * many, the oldest search results go, never an entry of another kind.
 */
export const MAX_CACHED_SEARCHES = 200
/** The tag of every search's data read (tags.articleSearch in lib/cache/tags.ts). */
export const SEARCH_READ_TAG = 'search:articles'

/** No render takes longer; a miss older than this did not lead to the entry being stored now. */
const MAX_RENDER_MS = 60_000

/**
 * @typedef {{ kind: string, status?: number, html?: unknown, headers?: Record<string, unknown>, tags?: string[],
 *   rscData?: { byteLength: number }, body?: { byteLength: number } | string,
 *   data?: { body?: string }, segmentData?: Map<string, { byteLength: number }> }} CachedValue
 * @typedef {{ revalidate?: number | false, expire?: number }} CacheControl
 * @typedef {{ value: CachedValue, startedAt: number, cacheControl?: CacheControl, tags: string[] }} Entry
 * @typedef {{ kind?: string, tags?: string[], softTags?: string[] }} GetContext
 * @typedef {{ cacheControl?: CacheControl, tags?: string[], fetchCache?: boolean }} SetContext
 */

export const ledger = new TagLedger()

/** @type {LRUCache<string, Entry> | undefined} */
let store
/** When the render or read that will fill a key began: the first miss not yet followed by a set. */
/** @type {LRUCache<string, number>} */
const startedAt = new LRUCache({ max: 10_000, ttl: MAX_RENDER_MS })
/** Cached search keys, oldest first (a Map iterates in insertion order). */
const searchKeys = new Map()

function sharedStore() {
  store ??= new LRUCache({ maxSize: pageCacheBytes(), sizeCalculation: entrySize })
  return store
}

/** @type {ReturnType<typeof followExpiries> | null | undefined} */
let bus
/** Joins the expiry bus once per process, when there is one (read at the first request, not at build). */
function joinBus() {
  if (bus !== undefined) return
  const url = redisUrl()
  bus = url
    ? followExpiries(url, {
        apply: ({ exact, bounded, boundSeconds }) => {
          // First: the re-renders this expiry causes must not read a replica without the change.
          holdReadsOnPrimary()
          ledger.mark(exact, { expireSeconds: 0 })
          ledger.mark(bounded, { expireSeconds: boundSeconds })
        },
        expireEverything: () => ledger.expireAll(),
        pollMs: expiryPollMs(),
        warn: (message) => console.warn(`⚠ ${message}`),
      })
    : null
}

/** Whether stored pages carry surrogate keys for an edge (read once: the configuration is fixed at start). */
/** @type {boolean | undefined} */
let edgeConfigured
const forEdge = () => (edgeConfigured ??= edgePurgeUrls().length > 0)

/**
 * Bytes a string takes in V8's heap: one per character when every character is Latin-1, two
 * otherwise. A page's title dash alone makes its whole HTML a two-byte string, and most real
 * stories hold curly quotes, so counting characters undercounted pages by half.
 * @param {string} text
 */
export function stringBytes(text) {
  return text.length * (/[^\u0000-\u00ff]/.test(text) ? 2 : 1)
}

/** Bytes an entry holds, near enough for the memory limit. @param {Entry} entry */
export function entrySize({ value, tags }) {
  let bytes = 512 + tags.join(',').length
  if (typeof value.html === 'string') bytes += stringBytes(value.html)
  if (value.rscData) bytes += value.rscData.byteLength
  for (const segment of value.segmentData?.values() ?? []) bytes += segment.byteLength
  if (value.body) bytes += typeof value.body === 'string' ? stringBytes(value.body) : value.body.byteLength
  if (value.data?.body) bytes += stringBytes(value.data.body)
  return bytes
}

/** The tags an entry is shown under: a data read's own and its page's, or a page's header. */
/** @param {CachedValue} value @param {SetContext} ctx */
function tagsOf(value, ctx) {
  if (value.kind === 'FETCH') return [...(value.tags ?? ctx.tags ?? [])]
  const header = value.headers?.[CACHE_TAGS_HEADER]
  return typeof header === 'string' && header.length > 0 ? header.split(',') : []
}

/** @param {string} key */
function noteMiss(key) {
  if (!startedAt.has(key)) startedAt.set(key, Date.now())
}

/**
 * A strong ETag from a page's or route's bytes, made once when it is stored. Next's own
 * (generateEtags, off in next.config.mjs) hashed the whole page again on every request; the
 * server edge answers If-None-Match and keeps the body's gzip under it
 * (lib/http/compress-response.mjs).
 * @param {string | Uint8Array} body
 */
export function pageEtag(body) {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`
}

/**
 * A cached route's response (a sitemap, a feed) with an ETag, unless its handler set one
 * (feeds do, from the same bytes).
 * @param {CachedValue} value
 * @returns {CachedValue}
 */
function withRouteEtag(value) {
  if (value.kind !== 'APP_ROUTE' || !value.body) return value
  /** @type {Record<string, unknown>} */
  const headers = { ...value.headers, ...edgeHeaders(value) }
  if (!headers.etag && !headers.ETag) {
    headers.etag = pageEtag(typeof value.body === 'string' ? value.body : /** @type {Uint8Array} */ (value.body))
  }
  return { ...value, headers }
}

/**
 * A page's or route's surrogate keys and edge lifetime, when an edge is configured.
 * @param {CachedValue} value
 */
function edgeHeaders(value) {
  if (!forEdge()) return {}
  // Next's implicit path tags (`_N_T_/…`) are never purged by name: only ours are keys.
  const tags = tagsOf(value, {}).filter((tag) => !tag.startsWith('_N_T_'))
  return tags.length > 0 ? surrogateHeaders(tags) : {}
}

/**
 * The page and headers to keep for a rendered page. Next serves a cached page's stored headers
 * by appending them to the response, after the config's: the strict policy joins the reader
 * policy rather than replacing it.
 * @param {CachedValue} value
 * @returns {Promise<CachedValue>}
 */
async function scriptlessCopy(value) {
  if (value.kind !== 'APP_PAGE' || typeof value.html !== 'string') return withRouteEtag(value)
  const page = await stripClientRuntime(value.html)
  const html = page.stripped ? page.html : value.html
  /** @type {Record<string, unknown>} */
  const headers = { ...value.headers, ...edgeHeaders(value), etag: pageEtag(html) }
  if (page.stripped) headers['content-security-policy'] = scriptlessPagePolicy(page.styleHashes)
  // A copy: the render being answered keeps its own page and headers. A page without scripts
  // is kept without its per-segment prefetch data, which only Next's client router asks for:
  // it was a third of a cached story's bytes (32 of 102 KB at 100,000 stories). The flight
  // data (rscData) stays, for the router of a reader who got the page before it was cached.
  return { ...value, html, headers, segmentData: page.stripped ? undefined : value.segmentData }
}

/**
 * A stale page as the edge may keep it: briefly, so the re-rendered one replaces it there too.
 * @param {CachedValue} value
 * @returns {CachedValue}
 */
function withShortEdgeLifetime(value) {
  if (!value.headers?.['surrogate-control']) return value
  return { ...value, headers: { ...value.headers, 'surrogate-control': STALE_SURROGATE_CONTROL } }
}

/** Whether an entry is one query's search results. @param {CachedValue} data @param {SetContext} ctx */
function isPerQuerySearch(data, ctx) {
  return data.kind === 'FETCH' && tagsOf(data, ctx).includes(SEARCH_READ_TAG)
}

/** @param {string} key search results about to be stored */
function keepFewSearches(key) {
  searchKeys.delete(key)
  searchKeys.set(key, true)
  for (const oldest of searchKeys.keys()) {
    if (searchKeys.size <= MAX_CACHED_SEARCHES) break
    searchKeys.delete(oldest)
    store?.delete(oldest)
  }
}

/**
 * A `lastModified` that makes Next serve the entry and re-render it in the background: its
 * revalidate period has passed (the entry's expire period, when set, has not).
 * @param {CacheControl | undefined} cacheControl
 */
function staleSince(cacheControl) {
  const revalidate = cacheControl?.revalidate
  return typeof revalidate === 'number' ? Date.now() - revalidate * 1000 - 1 : undefined
}

export default class ReaderPageCacheHandler {
  // Next passes its own options (`cacheMaxMemorySize` among them); the size is PAGE_CACHE_MB's,
  // read at start rather than fixed into the build.
  constructor() {
    this.store = sharedStore()
    joinBus()
  }

  /** @param {string} key @param {GetContext} [ctx] */
  async get(key, ctx = {}) {
    const entry = this.store.get(key)
    if (!entry) {
      noteMiss(key)
      return null
    }
    // A data read is judged by its page's tags too (Next passes them as soft tags).
    const shownUnder = ctx.kind === 'FETCH' ? [...entry.tags, ...(ctx.tags ?? []), ...(ctx.softTags ?? [])] : entry.tags
    const verdict = ledger.verdict(shownUnder, entry.startedAt)
    // A stale data read is read again: the page re-rendering behind a reader must show the change.
    const lastModified = verdict === 'stale' && ctx.kind !== 'FETCH' ? staleSince(entry.cacheControl) : entry.startedAt
    if (verdict === 'expired' || lastModified === undefined || (verdict === 'stale' && ctx.kind === 'FETCH')) {
      this.store.delete(key)
      noteMiss(key)
      return null
    }
    if (verdict === 'stale') noteMiss(key)
    const value = verdict === 'stale' ? withShortEdgeLifetime(entry.value) : entry.value
    return { value, lastModified, cacheControl: entry.cacheControl }
  }

  /** @param {string} key @param {CachedValue | null} data @param {SetContext} [ctx] */
  async set(key, data, ctx = {}) {
    const began = startedAt.get(key) ?? Date.now()
    startedAt.delete(key)
    // Next caches a route's answer whatever its status (a feed answered while the database was
    // down, say); an error must be answered again.
    if (!data || (typeof data.status === 'number' && data.status >= 500)) {
      this.store.delete(key)
      return
    }
    if (isPerQuerySearch(data, ctx)) keepFewSearches(key)
    const value = await scriptlessCopy(data)
    const cacheControl = ctx.fetchCache ? undefined : ctx.cacheControl
    this.store.set(key, { value, startedAt: began, cacheControl, tags: tagsOf(value, ctx) })
  }

  /**
   * Marks tags changed. `durations.expire` (seconds) is how long pages made before the change
   * may still be served stale; without it, or at 0, they expire at once.
   * @param {string | string[]} tags
   * @param {{ expire?: number }} [durations]
   */
  async revalidateTag(tags, durations) {
    holdReadsOnPrimary()
    ledger.mark(typeof tags === 'string' ? [tags] : tags, { expireSeconds: durations?.expire ?? 0 })
  }

  /** Nothing is kept per request. */
  resetRequestCache() {}
}
