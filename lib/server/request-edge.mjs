// @ts-check
/**
 * The server's edge: the one module loaded into the production server with `node --import`
 * (the list is SERVER_PRELOAD_MODULES in scripts/lib/production-server.ts, which `npm start`,
 * the bench, Lighthouse and the e2e servers use; a test holds the Dockerfile to it). It wraps
 * the request listener of the HTTP server Next creates, once, and does these things there:
 *
 * 1. A path that is not valid percent-encoding (`/topics/%E0%A4%A`) or holds a NUL byte is
 *    answered 400 at once. Next treats it as a decoding error and tries to render a 400 page,
 *    which an app with two root layouts (the site's and the admin's) lacks, and ends in a 500.
 * 2. While PostgreSQL is unreachable (or object storage, as the app reports it:
 *    dependency-outages.mjs), a response the app would send as a server error goes out
 *    as 503 with Retry-After and `no-store`, which tells readers, crawlers and feed readers to
 *    come back rather than that the page is broken. Pages and feeds in Next's cache never reach
 *    the database and keep answering 200.
 * 3. Responses are gzipped here, not by Next, and conditional requests answered here: a body
 *    with a strong ETag (every cached page and feed) is compressed once and its gzip reused
 *    (lib/http/compress-response.mjs says why and how).
 * 4. It names the client (`x-client-address`, lib/http/client-address.mjs), believing
 *    X-Forwarded-For only from TRUSTED_PROXIES, for the per-client limits.
 * 5. On SIGTERM the node closes cleanly (graceful-shutdown.mjs): in-flight requests finish, the
 *    outbox is flushed, then it exits.
 * 6. A shared-cache lifetime Next gives a cached page (up to a year with stale-while-revalidate)
 *    leaves as the reader policy, five seconds at most (lib/http/edge-cache-headers.mjs).
 * 7. It counts the reader pages it answers, so the next process warms what readers read most
 *    before it takes traffic (hot-paths.mjs).
 *
 * Why a wrapped listener. Next gives no hook for either: it fails on a malformed path before
 * any app code (proxy.ts included) runs, and a page cannot change its status once rendering has
 * started; only the response's `writeHead` sees the final status. Next's custom server would
 * give us the listener, but the Docker image runs the standalone output's own `server.js`,
 * which a custom server cannot use. So this module wraps the listener passed to
 * `http.createServer` (which `next start` and the standalone `server.js` both call, once) and
 * hooks `writeHead` on each response object it hands to Next: an own property of that one
 * response, which Node's implicit header write (`_implicitHeader`, on the first write or end)
 * also calls. Nothing patches `ServerResponse.prototype`, so there is no order between modules
 * to keep and no other server's responses are touched.
 *
 * The database check keeps one connection of its own and asks `select 1` every two seconds, so
 * it learns of an outage and of the recovery while the app is idle, and without the app's pool
 * (which lives inside Next's bundle, loaded after this module); the app's pool reconnects on its
 * next query. Plain JavaScript because it runs before any bundler or TypeScript loader.
 */
import http from 'node:http'

import pg from 'pg'

import { CLIENT_ADDRESS_HEADER, clientAddress, trustedProxyList } from '../http/client-address.mjs'
import { compressResponse } from '../http/compress-response.mjs'
import { READER_CACHE_CONTROL, readerCacheControl, UNKEYED_SURROGATE_CONTROL } from '../http/edge-cache-headers.mjs'
import { setGivenHeaders } from '../http/given-headers.mjs'
import { RETRY_AFTER_SECONDS } from '../http/retry-after.mjs'
import { anyDependencyOut } from './dependency-outages.mjs'
import { databaseUrl, edgePurgeUrls, trustedProxies } from './env.js'
import { installGracefulShutdown } from './graceful-shutdown.mjs'
import { HotPathCounter, hotPathStore, warmablePath } from './hot-paths.mjs'
import { onShutdown } from './shutdown-hooks.mjs'

const CHECK_EVERY_MS = 2000
/** How often the counts of reader pages go to the store (and once more at shutdown). */
const HOT_PATHS_EVERY_MS = 60_000

/** @typedef {(request: http.IncomingMessage, response: http.ServerResponse) => unknown} RequestListener */

/**
 * Whether a request's path cannot be a page's address: not valid percent-encoding, or a NUL
 * byte once decoded (file APIs stop at it). The query string is the app's to judge.
 * @param {string | undefined} url
 */
export function isMalformedPath(url) {
  const path = (url ?? '/').split('?', 1)[0] ?? '/'
  try {
    return decodeURIComponent(path).includes('\0')
  } catch {
    return true
  }
}

/**
 * Watches the database named by `connectionString()` (read on every check: Next loads `.env`
 * files into the environment only after this module has run).
 * @param {() => string | undefined} connectionString
 * @param {{ timeoutMs?: number }} [options]
 */
export function watchDatabase(connectionString, { timeoutMs = 1500 } = {}) {
  let unreachable = false
  /** @type {pg.Client | null} */
  let client = null
  /** @type {Promise<void> | null} */
  let running = null
  async function check() {
    const url = connectionString()
    if (!url) return
    try {
      if (!client) {
        const fresh = new pg.Client({
          connectionString: url,
          connectionTimeoutMillis: timeoutMs,
          query_timeout: timeoutMs,
        })
        // A connection dropped between checks must not crash the server as an unhandled 'error'.
        fresh.on('error', () => undefined)
        client = fresh
        await fresh.connect()
      }
      await client.query('select 1')
      unreachable = false
    } catch {
      unreachable = true
      client?.end().catch(() => undefined)
      client = null
    }
  }
  return {
    /** Whether the last check could not reach the database. */
    unreachable: () => unreachable,
    /** One check at a time: a slow one (up to twice the timeout) is not overtaken by the next. */
    check: () => (running ??= check().finally(() => (running = null))),
    async stop() {
      await client?.end().catch(() => undefined)
      client = null
    },
  }
}

/**
 * The writeHead that the edge puts on each response: a server error during an outage leaves
 * as 503. One function per wrapped listener, shared by its responses; it calls the prototype's
 * writeHead, which it leaves as it is.
 * @param {() => boolean} databaseUnreachable
 * @param {boolean} behindEdge whether a purging edge is configured (EDGE_PURGE_URLS)
 * @param {HotPathCounter | undefined} readerPages counts the reader pages answered
 */
function outageAwareWriteHead(databaseUnreachable, behindEdge, readerPages) {
  /**
   * @this {http.ServerResponse}
   * @param {number} statusCode
   * @param {unknown[]} rest
   * @returns {http.ServerResponse}
   */
  return function writeHead(statusCode, ...rest) {
    /** @type {(this: http.ServerResponse, ...args: unknown[]) => http.ServerResponse} */
    const nodeWriteHead = /** @type {any} */ (http.ServerResponse.prototype.writeHead)
    if (!this.headersSent) {
      const cacheControl = this.getHeader('cache-control')
      const policy = readerCacheControl(cacheControl)
      if (policy !== cacheControl) this.setHeader('Cache-Control', /** @type {string} */ (policy))
      // A reader response without surrogate keys (the render that fills the node's cache)
      // cannot be purged: the edge must not keep it.
      if (behindEdge && policy === READER_CACHE_CONTROL && !this.hasHeader('surrogate-control'))
        this.setHeader('Surrogate-Control', UNKEYED_SURROGATE_CONTROL)
      const read = readerPages && this.req && warmablePath(this.req, statusCode, policy === READER_CACHE_CONTROL)
      if (read) readerPages?.record(read)
    }
    if (statusCode < 500 || statusCode === 503 || this.headersSent || !databaseUnreachable())
      return nodeWriteHead.call(this, statusCode, ...rest)
    // The app's reason phrase ("Internal Server Error") would contradict the new status.
    setGivenHeaders(this, typeof rest[0] === 'string' ? rest[1] : rest[0])
    this.setHeader('Retry-After', String(RETRY_AFTER_SECONDS))
    this.setHeader('Cache-Control', 'no-store')
    return nodeWriteHead.call(this, 503, http.STATUS_CODES[503])
  }
}

/**
 * @typedef {{ databaseUnreachable: () => boolean, behindEdge?: boolean, readerPages?: HotPathCounter }} EdgeState
 */

/**
 * The edge around one request listener (Next's): malformed paths end here with 400; every
 * other request goes on to the listener with its response's writeHead hooked for outages and
 * its body compressed when the client accepts gzip.
 * @param {RequestListener} listener
 * @param {EdgeState} state
 * @returns {RequestListener}
 */
export function wrapRequestListener(listener, { databaseUnreachable, behindEdge = false, readerPages }) {
  const writeHead = outageAwareWriteHead(databaseUnreachable, behindEdge, readerPages)
  const trusted = trustedProxyList(trustedProxies())
  /** @this {unknown} */
  return function requestAtEdge(request, response) {
    // Whatever a client sent under this name is replaced: only the edge says who the client is.
    request.headers[CLIENT_ADDRESS_HEADER] = clientAddress(
      request.socket.remoteAddress,
      request.headers['x-forwarded-for'],
      trusted,
    )
    if (isMalformedPath(request.url)) {
      response.writeHead(400, {
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      })
      response.end('Bad request: this address is not a valid URL.\n')
      return
    }
    ;/** @type {any} */ (response).writeHead = writeHead
    compressResponse(request, response)
    return listener.call(this, request, response)
  }
}

const INSTALLED = Symbol.for('summit-wire.request-edge')

/**
 * Wraps the listener of every server `http.createServer` makes from now on (Next's; the bench's
 * SQL counter is the only other, and is not bothered). Once per process, however often called.
 * @param {EdgeState} state
 */
export function installRequestEdge(state) {
  /** @type {typeof http & { [INSTALLED]?: true }} */
  const patchable = http
  if (patchable[INSTALLED]) return
  patchable[INSTALLED] = true
  const createServer = http.createServer
  /** @type {Set<http.Server>} */
  const servers = new Set()
  /** @param {unknown[]} args */
  const createServerAtEdge = (...args) => {
    const index = args.findIndex((arg) => typeof arg === 'function')
    if (index >= 0) args[index] = wrapRequestListener(/** @type {RequestListener} */ (args[index]), state)
    const server = createServer.apply(http, /** @type {any} */ (args))
    servers.add(server)
    server.once('close', () => servers.delete(server))
    return server
  }
  patchable.createServer = /** @type {typeof http.createServer} */ (createServerAtEdge)
  installGracefulShutdown(() => servers)
}

/**
 * Adds the counts to the store every `everyMs` and at shutdown. The store is chosen at the
 * first flush, once Next has loaded `.env`; a store that fails costs a warning, once.
 * @param {HotPathCounter} counter
 * @param {number} everyMs
 */
export function flushHotPaths(counter, everyMs) {
  /** @type {ReturnType<typeof hotPathStore> | undefined} */
  let store
  let warned = false
  const flush = async () => {
    const counts = counter.take()
    if (counts.size === 0) return
    try {
      await (store ??= hotPathStore()).add(counts)
    } catch (error) {
      if (!warned)
        console.warn(`⚠ Could not save the most-read pages: ${error instanceof Error ? error.message : error}`)
      warned = true
    }
  }
  setInterval(() => void flush(), everyMs).unref()
  onShutdown(async () => {
    await flush()
    await store?.close()
  })
}

const database = watchDatabase(databaseUrl)
const readerPages = new HotPathCounter()
installRequestEdge({
  databaseUnreachable: () => database.unreachable() || anyDependencyOut(),
  behindEdge: edgePurgeUrls().length > 0,
  readerPages,
})
flushHotPaths(readerPages, HOT_PATHS_EVERY_MS)
await database.check()
setInterval(() => void database.check(), CHECK_EVERY_MS).unref()
