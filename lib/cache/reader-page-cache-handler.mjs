// @ts-check
/**
 * Next's cache handler (`cacheHandler` in next.config.mjs): Next's own in-memory cache, except
 * that a page is kept without Next's client runtime (see strip-client-runtime.mjs), so every
 * reader served from the cache gets a page with no JavaScript to download or run, and with a
 * second Content-Security-Policy that lets no script run at all (lib/http/security-headers.mjs).
 *
 * Everything else is Next's: tags, revalidation, the memory limit, feeds and data entries. The
 * render that fills the cache still streams the full page to its one requester, and pages that
 * are never cached keep the runtime, which is what live preview needs (draft mode bypasses the
 * cache). Subclassing Next's handler reaches into `next/dist`: Next is pinned, and the
 * end-to-end tests fail if a cached page keeps its scripts or a cached entry stops working.
 */
import FileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

import { scriptlessPagePolicy } from '../http/security-headers.mjs'
import { stripClientRuntime } from './strip-client-runtime.mjs'

/** @type {typeof import('next/dist/server/lib/incremental-cache/file-system-cache').default} */
// The module is CommonJS compiled from ESM: its class is the `default` export of module.exports.
const FileSystemCache = /** @type {any} */ (FileSystemCacheModule).default ?? FileSystemCacheModule

/** Every page Next renders with its runtime carries the RSC payload for hydration in this array. */
const RUNTIME_MARKER = 'self.__next_f'

/**
 * Search result pages are cached per query, and anyone can ask new queries: left alone, a
 * stream of made-up searches fills Next's memory cache (50 MB) and pushes every story and
 * archive out of it. At most this many stay; past it the oldest search page goes, never a
 * page of another kind. Two hundred pages are about a fifth of the cache.
 */
export const MAX_CACHED_SEARCH_PAGES = 200
const SEARCH_PAGE = '/search/cached/'
/** Cached search keys, oldest first (a Map iterates in insertion order). */
const searchKeys = new Map()

/**
 * The page and headers to keep for a rendered page. Next serves a cached page's stored headers
 * by appending them to the response, after the config's: the strict policy joins the reader
 * policy rather than replacing it.
 * @param {string} html
 * @param {import('node:http').OutgoingHttpHeaders | undefined} headers
 */
async function scriptlessPage(html, headers) {
  const page = await stripClientRuntime(html)
  if (!page.stripped) return { html, headers }
  return { html: page.html, headers: { ...headers, 'content-security-policy': scriptlessPagePolicy(page.styleHashes) } }
}

export default class ReaderPageCacheHandler extends FileSystemCache {
  /** @param {Parameters<InstanceType<typeof FileSystemCache>['set']>} args */
  async set(...args) {
    const [key, data, ctx] = args
    if (data?.kind === 'APP_PAGE' && key.includes(SEARCH_PAGE)) this.keepFewSearchPages(key)
    if (data?.kind === 'APP_PAGE' && typeof data.html === 'string') {
      // A copy: the render that is being answered keeps its own page and headers.
      return super.set(key, { ...data, ...(await scriptlessPage(data.html, data.headers)) }, ctx)
    }
    return super.set(key, data, ctx)
  }

  /** @param {string} key a search page about to be stored */
  keepFewSearchPages(key) {
    searchKeys.delete(key)
    searchKeys.set(key, true)
    // Next's memory cache is a static of its handler class: the one all entries share.
    const memory = /** @type {{ memoryCache?: { remove: (key: string) => void } }} */ (
      /** @type {unknown} */ (FileSystemCache)
    ).memoryCache
    for (const oldest of searchKeys.keys()) {
      if (searchKeys.size <= MAX_CACHED_SEARCH_PAGES) break
      searchKeys.delete(oldest)
      memory?.remove(oldest)
    }
  }

  /** @param {Parameters<InstanceType<typeof FileSystemCache>['get']>} args */
  async get(...args) {
    const entry = await super.get(...args)
    const value = entry?.value
    // Pages prerendered by `next build` (the search form, the 404 page) are read from disk, not
    // stored through set(). They are changed on their first read, in place, so that the memory
    // cache, which holds this same object, keeps the changed page.
    if (value?.kind === 'APP_PAGE' && typeof value.html === 'string' && value.html.includes(RUNTIME_MARKER)) {
      Object.assign(value, await scriptlessPage(value.html, value.headers))
    }
    return entry
  }
}
