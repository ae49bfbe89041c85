// @ts-check
/**
 * Loaded before the server (`node --import`, see scripts/lib/server-heap.ts and the
 * Dockerfile): while PostgreSQL is unreachable, a response the app would send as a server
 * error (500) goes out as 503 Service Unavailable with Retry-After and no caching, which tells
 * readers, crawlers and feed readers to come back rather than that the page is broken. Pages
 * and feeds in Next's cache never reach the database and keep answering 200.
 *
 * It keeps one connection of its own and asks `select 1` every two seconds, so it learns of an
 * outage and of the recovery by itself; the app's own pool reconnects on its next query. Plain
 * JavaScript because it runs before any bundler or TypeScript loader.
 */
import http from 'node:http'

import pg from 'pg'

const CHECK_EVERY_MS = 2000
export const RETRY_AFTER_SECONDS = 30

let unreachable = false
/** @type {pg.Client | null} */
let client = null

async function check() {
  const url = process.env.DATABASE_URL
  if (!url) return
  try {
    if (!client) {
      const fresh = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500, query_timeout: 1500 })
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

/** Whether the last check could not reach the database. */
export function databaseUnreachable() {
  return unreachable
}

/**
 * Node's implicit header write (the first write or end) goes through writeHead too, so this
 * sees every response's status just before it is sent.
 * @type {{ writeHead: (this: http.ServerResponse, statusCode: number, ...rest: any[]) => http.ServerResponse }}
 */
// The prototype's own type lists writeHead's overloads, which a wrapper cannot restate.
const prototype = /** @type {any} */ (http.ServerResponse.prototype)
const writeHead = prototype.writeHead
/**
 * @this {http.ServerResponse}
 * @param {number} statusCode
 * @param {any[]} rest
 * @returns {http.ServerResponse}
 */
function writeHeadDuringOutage(statusCode, ...rest) {
  if (unreachable && statusCode >= 500 && statusCode !== 503 && !this.headersSent) {
    statusCode = 503
    Object.assign(this, { statusCode: 503 })
    this.setHeader('Retry-After', String(RETRY_AFTER_SECONDS))
    this.setHeader('Cache-Control', 'no-store')
  }
  return writeHead.call(this, statusCode, ...rest)
}
prototype.writeHead = writeHeadDuringOutage

await check()
setInterval(check, CHECK_EVERY_MS).unref()
