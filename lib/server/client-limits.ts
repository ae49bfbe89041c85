import { createClient } from '@redis/client'

import { ClientRateLimit, type LimitVerdict } from '../http/client-rate-limit'
import { redisUrl } from './env'

/**
 * Per-client limits (failed sign-ins, searches) that hold across every node: counted in Redis
 * when REDIS_URL is set, in this process's memory otherwise. Two nodes counting apart would let
 * a guesser try twice as often as the limit says, and a load balancer's retries could move a
 * reader between them.
 *
 * Redis failing must not lock anyone out or let a request fail: while it is unreachable the
 * node counts in memory (the limit then holds per node, as it did before), and returns to Redis
 * when it is back. Commands are not queued while disconnected, so a request never waits on it.
 */
export interface ClientLimit {
  /** Counts one attempt by `client`; says how long to wait when it is over the limit. */
  take(client: string): Promise<LimitVerdict>
  /** Seconds `client` must wait, without counting an attempt; null when it may go on. */
  blocked(client: string): Promise<number | null>
}

const KEY_PREFIX = 'summit-wire:limit'

// KEYS: the window's counter. ARGV: the window in ms. The first attempt starts the window; a
// counter left without an expiry (it cannot, but a manual SET could) gets one.
const TAKE_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) ttl = tonumber(ARGV[1]) end
return { count, ttl }
`
const PEEK_SCRIPT = `
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
return { count, redis.call('PTTL', KEYS[1]) }
`

function limitsClient(url: string) {
  return createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 1_000, reconnectStrategy: (retries) => Math.min(200 * 2 ** retries, 5_000) },
  })
}
type Redis = ReturnType<typeof limitsClient>

const SHARED = Symbol.for('summit-wire.limits-redis')
type Shared = { [SHARED]?: { url: string; client: Redis } }

/**
 * This process's connection for the limits, made once (route bundles share it through
 * globalThis); null until it is ready, so callers count in memory meanwhile.
 */
function readyRedis(url: string): Redis | null {
  const shared = globalThis as Shared
  let entry = shared[SHARED]
  if (!entry || entry.url !== url) {
    let warned = false
    const client = limitsClient(url)
    client.on('error', (error: Error) => {
      if (!warned) console.warn(`⚠ Limits (Redis): ${error.message}; counting in this node's memory meanwhile.`)
      warned = true
    })
    client.on('ready', () => (warned = false))
    // The reconnect strategy keeps trying after a failed first connection.
    client.connect().catch(() => undefined)
    entry = shared[SHARED] = { url, client }
  }
  return entry.client.isReady ? entry.client : null
}

const secondsLeft = (ms: number) => Math.max(1, Math.ceil(ms / 1000))

/** A limit of `limit` attempts per `windowMs` for each client, named `name` in Redis. */
export function clientLimit(name: string, limit: number, windowMs: number): ClientLimit {
  const memory = new ClientRateLimit(limit, windowMs)
  const redisKey = (client: string) => `${KEY_PREFIX}:${name}:${client}`
  const redis = () => {
    const url = redisUrl()
    return url ? readyRedis(url) : null
  }
  // Connect now (the sign-in limit is made when Payload loads), not at the first attempt, which
  // would otherwise be counted in memory only.
  redis()
  const counted = async (script: string, client: string, args: string[]) => {
    const connection = redis()
    if (!connection) return null
    try {
      const [count, ttl] = (await connection.eval(script, { keys: [redisKey(client)], arguments: args })) as [
        number,
        number,
      ]
      return { count: Number(count), ttl: Number(ttl) }
    } catch {
      // Redis went away between the check and the command: this attempt counts in memory.
      return null
    }
  }
  return {
    async take(client) {
      const shared = await counted(TAKE_SCRIPT, client, [String(windowMs)])
      if (!shared) return memory.take(client)
      return shared.count <= limit ? { allowed: true } : { allowed: false, retryAfterSeconds: secondsLeft(shared.ttl) }
    },
    async blocked(client) {
      const shared = await counted(PEEK_SCRIPT, client, [])
      if (!shared) return memory.blocked(client)
      return shared.count >= limit && shared.ttl > 0 ? secondsLeft(shared.ttl) : null
    },
  }
}
