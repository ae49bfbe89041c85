// @ts-check
/**
 * What readers read most, remembered across restarts and deploys, so a new process warms those
 * pages before it says it is ready (lib/server/warm-up.ts). The page cache lives in each
 * process's memory: without this, a restarted node renders every story its readers ask for
 * again, under their load (issue 17: p99 3.4 s in the first minute at 100,000 stories).
 *
 * The server edge (request-edge.mjs) counts every reader page it answers from a cacheable
 * render — GET, 200, the reader cache policy, HTML rather than the client router's flight data,
 * no query string — and adds the counts to a store every minute and when the node shuts down.
 * The store is Redis when there is one (REDIS_URL: every node, a new one too, warms what the
 * cluster's readers read), otherwise a file of this node's (HOT_PATHS_FILE). Older reading
 * counts for less: a path's score halves every hour.
 *
 * A path is only a name to request again: the warm-up renders it fresh, so a list that outlived
 * the content (a story since withdrawn) costs a request, never a stale page.
 */
import { createClient } from '@redis/client'
import fs from 'node:fs/promises'
import path from 'node:path'

import { hotPathsFile, redisUrl } from './env.js'

/** The header the warm-up sends, so its own requests do not count as reading. */
export const WARM_UP_HEADER = 'x-summit-wire-warm-up'
/** Paths kept in a store: far more than a warm-up renders. */
export const KEPT_PATHS = 5_000
/** Distinct paths counted between two flushes; past this, new ones wait for the next minute. */
const COUNTED_PATHS = 20_000
const LONGEST_PATH = 300
const HALF_LIFE_MS = 3_600_000

/**
 * Whether a response is a reader page worth warming: a cacheable render of a plain address.
 * @param {{ method?: string, url?: string, headers: Record<string, unknown> }} request
 * @param {number} statusCode
 * @param {boolean} readerCacheable whether the response leaves with the reader cache policy
 */
export function warmablePath(request, statusCode, readerCacheable) {
  if (statusCode !== 200 || !readerCacheable || request.method !== 'GET') return null
  const url = request.url ?? ''
  if (!url.startsWith('/') || url.includes('?') || url.length > LONGEST_PATH) return null
  // The client router's flight data and the warm-up's own requests are not readers' pages.
  if (request.headers.rsc !== undefined || request.headers[WARM_UP_HEADER] !== undefined) return null
  return url
}

/** Counts paths between flushes. */
export class HotPathCounter {
  /** @type {Map<string, number>} */
  #counts = new Map()

  /** @param {string} path */
  record(path) {
    const count = this.#counts.get(path)
    if (count !== undefined) this.#counts.set(path, count + 1)
    else if (this.#counts.size < COUNTED_PATHS) this.#counts.set(path, 1)
  }

  /** The counts since the last take, and a fresh start. */
  take() {
    const counts = this.#counts
    this.#counts = new Map()
    return counts
  }
}

/**
 * Scores after adding `counts` to `previous` (saved at `savedAt`), each old score halved per
 * hour since; the KEPT_PATHS highest.
 * @param {Record<string, number>} previous
 * @param {number} savedAt
 * @param {Map<string, number>} counts
 * @param {number} now
 * @returns {Record<string, number>}
 */
export function decayedScores(previous, savedAt, counts, now) {
  const decay = 0.5 ** (Math.max(0, now - savedAt) / HALF_LIFE_MS)
  /** @type {Map<string, number>} */
  const scores = new Map()
  for (const [path, score] of Object.entries(previous)) scores.set(path, score * decay)
  for (const [path, count] of counts) scores.set(path, (scores.get(path) ?? 0) + count)
  const kept = [...scores].sort((a, b) => b[1] - a[1]).slice(0, KEPT_PATHS)
  return Object.fromEntries(kept.map(([path, score]) => [path, Math.round(score * 1000) / 1000]))
}

/**
 * @typedef {{ add(counts: Map<string, number>): Promise<void>, top(limit: number): Promise<string[]>,
 *   close(): Promise<void> }} HotPathStore
 */

/**
 * One node's list in a JSON file, replaced whole (written beside it, then renamed) so a reader
 * never sees half of one.
 * @param {string} file
 * @returns {HotPathStore}
 */
export function fileHotPathStore(file) {
  /** @returns {Promise<{ savedAt: number, scores: Record<string, number> }>} */
  const read = async () => {
    try {
      const saved = JSON.parse(await fs.readFile(file, 'utf8'))
      const scores = saved && typeof saved.scores === 'object' && saved.scores ? saved.scores : {}
      return { savedAt: Number(saved?.savedAt) || 0, scores }
    } catch {
      // No list yet, or one this version cannot read: start a new one.
      return { savedAt: 0, scores: {} }
    }
  }
  return {
    async add(counts) {
      if (counts.size === 0) return
      const { savedAt, scores } = await read()
      const now = Date.now()
      const next = JSON.stringify({ savedAt: now, scores: decayedScores(scores, savedAt, counts, now) })
      await fs.mkdir(path.dirname(file), { recursive: true })
      const partial = `${file}.${process.pid}.tmp`
      await fs.writeFile(partial, next)
      await fs.rename(partial, file)
    },
    async top(limit) {
      const { scores } = await read()
      return Object.entries(scores)
        .filter(([one, score]) => one.startsWith('/') && typeof score === 'number')
        .sort((a, b) => b[1] - a[1])
        .slice(0, limit)
        .map(([one]) => one)
    },
    async close() {},
  }
}

const REDIS_KEY = 'summit-wire:hot-paths'

/**
 * The cluster's list in Redis: one sorted set an hour, counts added to the current one; the top
 * is read over this hour's and the last hour's, so reading older than two hours no longer counts.
 * @param {string} url
 * @returns {HotPathStore}
 */
export function redisHotPathStore(url) {
  const client = createClient({ url, socket: { connectTimeout: 2_000, reconnectStrategy: false } })
  // A failed command rejects; the client's own 'error' event must not crash the node.
  client.on('error', () => undefined)
  /** @type {Promise<unknown> | null} */
  let connecting = null
  const connected = async () => {
    if (!client.isReady) await (connecting ??= client.connect().finally(() => (connecting = null)))
    return client
  }
  const hourKey = (/** @type {number} */ hoursAgo) => `${REDIS_KEY}:${Math.floor(Date.now() / HALF_LIFE_MS) - hoursAgo}`
  return {
    async add(counts) {
      if (counts.size === 0) return
      const redis = await connected()
      const key = hourKey(0)
      const batch = redis.multi()
      for (const [one, count] of counts) batch.zIncrBy(key, count, one)
      batch.zRemRangeByRank(key, 0, -1 - KEPT_PATHS)
      batch.expire(key, (3 * HALF_LIFE_MS) / 1000)
      await batch.exec()
    },
    async top(limit) {
      const redis = await connected()
      const scored = await redis.zUnionWithScores([hourKey(0), hourKey(1)])
      return scored
        .sort((a, b) => b.score - a.score)
        .slice(0, limit)
        .map(({ value }) => String(value))
    },
    async close() {
      if (client.isOpen) await client.close().catch(() => undefined)
    },
  }
}

/** Redis when the cluster has one, this node's file otherwise (read when called: `.env` loads late). */
export function hotPathStore() {
  const url = redisUrl()
  return url ? redisHotPathStore(url) : fileHotPathStore(hotPathsFile())
}
