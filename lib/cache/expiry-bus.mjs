// @ts-check
/**
 * The expiry bus: how a change's cache expiries reach every node, over Redis (or Valkey).
 *
 * Pub/sub alone loses whatever is published while a node is disconnected, so every expiry is
 * also *numbered* and *logged*. One Lua script, atomic in Redis, takes the next version
 * (`INCR`), adds the message to a log scored by that version (a sorted set holding the last
 * LOG_LENGTH) and publishes it. A node remembers the last version it applied:
 * - a message one past it is applied at once;
 * - a gap (a message lost, or several published while the node was reconnecting) makes it read
 *   the missing versions from the log;
 * - on every (re)connection and every POLL_MS it compares its version with Redis's and reads
 *   what it missed, so a node that lost the channel converges within the poll at worst;
 * - a node further behind than the log reaches expires its whole cache: it cannot know what
 *   changed, so it keeps nothing it could serve stale.
 *
 * A receiving node marks the tags at the moment it applies them, by its own clock: that is
 * after the change committed (the dispatcher publishes only committed changes), so a render
 * that began before the commit is never kept as fresh, whatever the clocks of the nodes say.
 * A message from this very node is skipped when its origin applied it already (a save made in
 * one of its own requests). Plain JavaScript: the cache handler, which Next loads as it is,
 * runs the receiving side.
 */
import { randomUUID } from 'node:crypto'

import { createClient } from '@redis/client'

import { NODE_ID } from './node-id.mjs'

export const CHANNEL = 'summit-wire:expiries'
export const VERSION_KEY = 'summit-wire:expiries:version'
export const LOG_KEY = 'summit-wire:expiries:log'
/**
 * Names this run of Redis's data: a Redis restarted without persistence numbers from 1 again,
 * and a node must not take the new numbers for the old ones.
 */
export const EPOCH_KEY = 'summit-wire:expiries:epoch'
/** Expiries kept for nodes that missed them: far more than a busy newsroom makes in an outage. */
export const LOG_LENGTH = 20_000
/** How often a node checks for expiries it missed, however quiet the channel. */
export const POLL_MS = 5_000

/**
 * @typedef {{ origin: string | null, exact: string[], bounded: string[], boundSeconds: number }} ExpiryMessage
 *   `origin`: the node that already applied it in its own request, or null when every node must.
 * @typedef {ExpiryMessage & { version: number }} NumberedExpiry
 * @typedef {{ eval(script: string, options: { keys: string[], arguments: string[] }): Promise<unknown> }} Publisher
 */

// KEYS: version, log, epoch. ARGV: message (JSON), channel, log length, a new epoch.
const PUBLISH_SCRIPT = `
redis.call('SET', KEYS[3], ARGV[4], 'NX')
local version = redis.call('INCR', KEYS[1])
local entry = version .. ' ' .. ARGV[1]
redis.call('ZADD', KEYS[2], version, entry)
redis.call('ZREMRANGEBYRANK', KEYS[2], 0, -1 - tonumber(ARGV[3]))
redis.call('PUBLISH', ARGV[2], entry)
return version
`

/**
 * Numbers, logs and publishes one change's expiries; resolves with its version.
 * @param {Publisher} redis a connected client (any of @redis/client's)
 * @param {ExpiryMessage} message
 */
export async function publishExpiry(redis, message) {
  const version = await redis.eval(PUBLISH_SCRIPT, {
    keys: [VERSION_KEY, LOG_KEY, EPOCH_KEY],
    arguments: [JSON.stringify(message), CHANNEL, String(LOG_LENGTH), randomUUID()],
  })
  return Number(version)
}

/**
 * A logged or published entry (`<version> <json>`), or null for anything else.
 * @param {string} entry
 * @returns {NumberedExpiry | null}
 */
export function parseEntry(entry) {
  const space = entry.indexOf(' ')
  const version = Number(entry.slice(0, space))
  if (space < 1 || !Number.isSafeInteger(version)) return null
  try {
    const body = JSON.parse(entry.slice(space + 1))
    const tags = (/** @type {unknown} */ value) =>
      Array.isArray(value) && value.every((tag) => typeof tag === 'string') ? value : null
    const exact = tags(body?.exact)
    const bounded = tags(body?.bounded)
    if (!exact || !bounded || typeof body.boundSeconds !== 'number') return null
    return {
      version,
      origin: typeof body.origin === 'string' ? body.origin : null,
      exact,
      bounded,
      boundSeconds: body.boundSeconds,
    }
  } catch {
    return null
  }
}

/**
 * @typedef {{
 *   apply: (expiry: NumberedExpiry) => void,
 *   expireEverything: () => void,
 *   warn?: (message: string) => void,
 *   nodeId?: string,
 *   pollMs?: number,
 * }} Receiver
 */

/**
 * Follows the bus at `url` for this node: `apply` gets every expiry another node made, in
 * version order, once; `expireEverything` is called when the node fell further behind than the
 * log. Never throws: while Redis is away the node keeps serving and catches up on its return.
 * @param {string} url
 * @param {Receiver} receiver
 */
export function followExpiries(
  url,
  { apply, expireEverything, warn = () => undefined, nodeId = NODE_ID, pollMs = POLL_MS },
) {
  /** The last version applied; null until the first sync (the cache was empty before it). */
  /** @type {number | null} */
  let applied = null
  /** The epoch `applied` counts in. */
  /** @type {string | null} */
  let epoch = null
  const retry = (/** @type {number} */ attempt) => Math.min(100 * 2 ** attempt, 2_000)
  const commands = createClient({ url, socket: { reconnectStrategy: retry, connectTimeout: 2_000 } })
  const listener = commands.duplicate()
  let lastWarning = 0
  const warnOnce = (/** @type {string} */ message) => {
    if (Date.now() - lastWarning < 30_000) return
    lastWarning = Date.now()
    warn(message)
  }
  for (const client of [commands, listener])
    client.on('error', (/** @type {Error} */ error) => warnOnce(`Expiry bus (Redis): ${error.message}`))

  /** @param {NumberedExpiry} expiry */
  function take(expiry) {
    if (applied !== null) applied = Math.max(applied, expiry.version)
    if (expiry.origin !== nodeId) apply(expiry)
  }

  let catchingUp = Promise.resolve()
  /** Reads what this node missed since `applied`, once at a time. */
  function catchUp() {
    catchingUp = catchingUp.then(async () => {
      if (!commands.isReady) return
      try {
        await commands.set(EPOCH_KEY, randomUUID(), { condition: 'NX' })
        const [version, currentEpoch] = await commands.mGet([VERSION_KEY, EPOCH_KEY])
        const latest = Number(version ?? 0)
        if (applied === null || currentEpoch !== epoch || latest < applied) {
          // The first sync (the cache was empty until now), or Redis lost its data (restarted
          // without persistence): nothing says what changed meanwhile, so everything has.
          if (applied !== null) expireEverything()
          applied = latest
          epoch = currentEpoch ?? null
          return
        }
        if (latest === applied) return
        const entries = await commands.zRangeByScore(LOG_KEY, applied + 1, latest)
        const missed = entries.map(parseEntry).filter((entry) => entry !== null)
        if (missed.length < latest - applied || missed[0]?.version !== applied + 1) {
          expireEverything()
          applied = latest
          return
        }
        for (const expiry of missed) take(expiry)
      } catch (error) {
        warnOnce(`Expiry bus (Redis): could not catch up: ${error instanceof Error ? error.message : String(error)}`)
      }
    })
    return catchingUp
  }

  /** @param {string} entry */
  function onMessage(entry) {
    const expiry = parseEntry(entry)
    if (!expiry) return
    if (applied === null || expiry.version === applied + 1) take(expiry)
    else if (expiry.version > applied + 1) void catchUp()
  }

  commands.on('ready', () => void catchUp())
  const poll = setInterval(() => void catchUp(), pollMs)
  poll.unref()
  const started = (async () => {
    try {
      await listener.connect()
      await listener.subscribe(CHANNEL, onMessage)
      await commands.connect()
      await catchUp()
    } catch (error) {
      // The reconnect strategy keeps trying; `ready` catches up when it succeeds.
      warnOnce(`Expiry bus (Redis) unreachable at start: ${error instanceof Error ? error.message : String(error)}`)
    }
  })()

  return {
    /** Resolves once the first connection attempt has settled (tests wait on it). */
    started,
    /** The last version this node applied (null before the first sync). */
    applied: () => applied,
    /** Checks for missed expiries now. */
    catchUp,
    async stop() {
      clearInterval(poll)
      await Promise.allSettled([listener.close(), commands.close()])
    },
  }
}
