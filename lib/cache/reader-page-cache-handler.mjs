// @ts-check
/**
 * Next's cache handler (`cacheHandler` in next.config.mjs): Next's own in-memory cache, except
 * that a page is kept without Next's client runtime (see strip-client-runtime.mjs), so every
 * reader served from the cache gets a page with no JavaScript to download or run.
 *
 * Everything else is Next's: tags, revalidation, the memory limit, feeds and data entries. The
 * render that fills the cache still streams the full page to its one requester, and pages that
 * are never cached keep the runtime, which is what live preview needs (draft mode bypasses the
 * cache). Subclassing Next's handler reaches into `next/dist`: Next is pinned, and the
 * end-to-end tests fail if a cached page keeps its scripts or a cached entry stops working.
 */
import FileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

import { stripClientRuntime } from './strip-client-runtime.mjs'

/** @type {typeof import('next/dist/server/lib/incremental-cache/file-system-cache').default} */
// The module is CommonJS compiled from ESM: its class is the `default` export of module.exports.
const FileSystemCache = /** @type {any} */ (FileSystemCacheModule).default ?? FileSystemCacheModule

/** Every page Next renders with its runtime carries the RSC payload for hydration in this array. */
const RUNTIME_MARKER = 'self.__next_f'

export default class ReaderPageCacheHandler extends FileSystemCache {
  /** @param {Parameters<InstanceType<typeof FileSystemCache>['set']>} args */
  async set(...args) {
    const [key, data, ctx] = args
    if (data?.kind === 'APP_PAGE' && typeof data.html === 'string') {
      return super.set(key, { ...data, html: await stripClientRuntime(data.html) }, ctx)
    }
    return super.set(key, data, ctx)
  }

  /** @param {Parameters<InstanceType<typeof FileSystemCache>['get']>} args */
  async get(...args) {
    const entry = await super.get(...args)
    const value = entry?.value
    // Pages prerendered by `next build` (the search form, the 404 page) are read from disk, not
    // stored through set(). They are stripped on their first read, in place, so that the memory
    // cache, which holds this same object, keeps the stripped page.
    if (value?.kind === 'APP_PAGE' && typeof value.html === 'string' && value.html.includes(RUNTIME_MARKER)) {
      value.html = await stripClientRuntime(value.html)
    }
    return entry
  }
}
