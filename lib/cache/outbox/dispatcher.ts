import { createClient } from '@redis/client'
import pg from 'pg'

import { publishExpiry } from '../expiry-bus.mjs'
import { lsnPool, primaryLsn, replicasReplayed } from '../../server/replica-lsn'
import { purgeAtEdge } from './edge-purge'

/**
 * Delivers the outbox (migration 20261207_110000_cache_expiry_outbox) at least once: every
 * committed change's expiries to the bus (the other nodes) and as a purge to every edge.
 *
 * Any node may deliver any row: rows are claimed with `FOR UPDATE SKIP LOCKED`, so two
 * dispatchers never deliver one row at the same time, and a row a crashed node left is taken
 * by the next dispatcher that looks. Each row remembers which destinations it has still to
 * reach (`pending`): an edge that is down is retried with backoff, alone, and the nodes are
 * not sent the same expiry again each time. Dispatchers wake on the outbox's NOTIFY, which
 * PostgreSQL sends only when the change commits, and poll every POLL_MS for retries and for
 * what they missed while not listening.
 */

export interface OutboxRow {
  id: string
  exact: string[]
  bounded: string[]
  boundSeconds: number
  origin: string | null
}

/** Somewhere a row must reach; `name` is what the row's `pending` list records. */
export interface Destination {
  name: string
  /** Delivered only once this other destination has been (the edges wait for the bus). */
  after?: string
  /** Delivered no sooner than this long after the row's last delivery (the edge's second purge). */
  delayMs?: number
  /** Delivers rows in id order; throws when they did not all arrive. */
  deliver(rows: readonly OutboxRow[]): Promise<void>
}

export interface DispatcherOptions {
  databaseUrl: string
  destinations: Destination[]
  pollMs?: number
  batchSize?: number
  /** Delivered rows are kept this long, for whoever looks into a delivery. */
  keepDeliveredMs?: number
  warn?: (message: string) => void
}

const POLL_MS = 2_000
const MAX_BACKOFF_MS = 60_000

/** How long after `attempts` failures a row is tried again: doubling from one second, at most a minute. */
export function backoffMs(attempts: number): number {
  return Math.min(1_000 * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS)
}

/** The destinations a row has still to reach, of those configured now (a removed edge is not waited for). */
export function stillPending(pending: string[] | null, destinations: readonly Destination[]): Destination[] {
  return pending === null ? [...destinations] : destinations.filter((destination) => pending.includes(destination.name))
}

export function startDispatcher({
  databaseUrl,
  destinations,
  pollMs = POLL_MS,
  batchSize = 100,
  keepDeliveredMs = 3_600_000,
  warn = (message) => console.warn(`⚠ ${message}`),
}: DispatcherOptions) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2, idleTimeoutMillis: 30_000 })
  pool.on('error', () => undefined)
  let stopped = false
  let listener: pg.Client | null = null
  let running: Promise<number> | null = null
  let again = false
  let lastPrune = 0
  /** A drain for the soonest delivery that was not due yet (the edge's second purge). */
  let wake: NodeJS.Timeout | undefined
  let wakeAt = Infinity
  const wakeIn = (ms: number) => {
    if (stopped || Date.now() + ms >= wakeAt) return
    clearTimeout(wake)
    wakeAt = Date.now() + ms
    wake = setTimeout(() => {
      wakeAt = Infinity
      void drain()
    }, ms)
    wake.unref()
  }

  /** One batch: claims due rows, delivers them, records what arrived. Resolves with the rows claimed. */
  async function deliverBatch(): Promise<number> {
    const client = await pool.connect()
    try {
      await client.query('begin')
      const { rows } = await client.query<{
        id: string
        exact: string[]
        bounded: string[]
        bound_seconds: number
        origin: string | null
        pending: string[] | null
        attempts: number
        age_ms: number
      }>(
        `select id, exact, bounded, bound_seconds, origin, pending, attempts,
                (extract(epoch from now() - coalesce(last_delivery_at, created_at)) * 1000)::float8 as age_ms
           from cache_expiry_outbox
          where delivered_at is null and next_attempt_at <= now()
          order by id limit $1 for update skip locked`,
        [batchSize],
      )
      const outcomes = new Map(
        rows.map((row) => [row.id, { left: new Set<string>(), error: '', waitMs: 0, delivered: false }]),
      )
      // Destinations in order: one another waits for is settled first.
      for (const destination of destinations) {
        const pending = rows.filter((row) => stillPending(row.pending, destinations).includes(destination))
        const delay = destination.delayMs ?? 0
        const blocked = (row: (typeof rows)[number]) => {
          const outcome = outcomes.get(row.id)!
          const waitedFor = destination.after !== undefined && outcome.left.has(destination.after)
          // A delay counts from the row's last delivery, this batch's included.
          const sinceLast = outcome.delivered ? 0 : row.age_ms
          return waitedFor || sinceLast < delay
        }
        for (const row of pending.filter(blocked)) {
          const outcome = outcomes.get(row.id)!
          outcome.left.add(destination.name)
          if (!(destination.after !== undefined && outcome.left.has(destination.after)))
            outcome.waitMs = Math.max(outcome.waitMs, delay - (outcome.delivered ? 0 : row.age_ms))
        }
        const due = pending.filter((row) => !blocked(row))
        if (due.length === 0) continue
        try {
          await destination.deliver(
            due.map((row) => ({
              id: row.id,
              exact: row.exact,
              bounded: row.bounded,
              boundSeconds: row.bound_seconds,
              origin: row.origin,
            })),
          )
          for (const row of due) outcomes.get(row.id)!.delivered = true
        } catch (error) {
          const reason = `${destination.name}: ${error instanceof Error ? error.message : String(error)}`
          for (const row of due) {
            const outcome = outcomes.get(row.id)!
            outcome.left.add(destination.name)
            outcome.error = reason
          }
        }
      }
      for (const row of rows) {
        const { left, error, waitMs, delivered } = outcomes.get(row.id)!
        if (left.size === 0) {
          await client.query(
            `update cache_expiry_outbox set delivered_at = now(), last_delivery_at = now(), pending = '{}',
               attempts = attempts + 1 where id = $1`,
            [row.id],
          )
        } else {
          // A failure waits out its backoff; a delivery that is only not due yet, its delay.
          await client.query(
            `update cache_expiry_outbox set pending = $2, attempts = attempts + $5, last_error = $3,
               next_attempt_at = now() + make_interval(secs => $4),
               last_delivery_at = case when $6 then now() else last_delivery_at end where id = $1`,
            [
              row.id,
              [...left],
              error || null,
              (error ? Math.max(backoffMs(row.attempts + 1), waitMs) : waitMs) / 1000,
              error ? 1 : 0,
              delivered,
            ],
          )
        }
      }
      await client.query('commit')
      const waiting = [...outcomes.values()].filter((outcome) => outcome.waitMs > 0 && !outcome.error)
      if (waiting.length > 0) wakeIn(Math.min(...waiting.map((outcome) => outcome.waitMs)) + 10)
      const failed = [...outcomes.values()].find((outcome) => outcome.error)
      if (failed) warn(`Cache expiries not delivered yet (retrying): ${failed.error}`)
      return rows.length
    } catch (error) {
      await client.query('rollback').catch(() => undefined)
      throw error
    } finally {
      client.release()
    }
  }

  async function prune(): Promise<void> {
    if (Date.now() - lastPrune < 60_000) return
    lastPrune = Date.now()
    await pool.query(`delete from cache_expiry_outbox where delivered_at < now() - make_interval(secs => $1)`, [
      keepDeliveredMs / 1000,
    ])
  }

  /** Delivers everything due, one drain at a time; a wake-up during a drain runs one more. */
  function drain(): Promise<number> {
    if (running) {
      again = true
      return running
    }
    running = (async () => {
      let delivered = 0
      try {
        do {
          again = false
          for (let claimed = batchSize; claimed === batchSize && !stopped;) {
            claimed = await deliverBatch()
            delivered += claimed
          }
        } while (again && !stopped)
        await prune()
      } catch (error) {
        warn(`Cache expiry outbox unreadable: ${error instanceof Error ? error.message : String(error)}`)
      } finally {
        running = null
      }
      return delivered
    })()
    return running
  }

  async function listen(): Promise<void> {
    if (stopped) return
    const client = new pg.Client({ connectionString: databaseUrl })
    const reconnect = () => {
      if (listener !== client) return
      listener = null
      client.end().catch(() => undefined)
      if (!stopped) setTimeout(() => void listen(), 1_000).unref()
    }
    client.on('error', reconnect)
    client.on('end', reconnect)
    client.on('notification', () => void drain())
    listener = client
    try {
      await client.connect()
      await client.query('listen cache_expiry_outbox')
      // Whatever was committed while this dispatcher was not listening.
      void drain()
    } catch {
      reconnect()
    }
  }

  const poll = setInterval(() => void drain(), pollMs)
  poll.unref()
  void listen()

  return {
    /** Delivers what is due now; resolves with how many rows it claimed. */
    drain,
    /**
     * Stops listening and polling after delivering what is due: a node shutting down flushes
     * its outbox first (whatever still fails stays for another node's dispatcher).
     */
    async stop(): Promise<void> {
      clearInterval(poll)
      // Rows waiting out a backoff are tried once more now rather than left to another node.
      await pool
        .query(
          `update cache_expiry_outbox set next_attempt_at = now() where delivered_at is null and next_attempt_at > now()`,
        )
        .catch(() => undefined)
      await drain()
      // Deliveries that were not due yet (a second purge) are due within a second or so.
      const delays = destinations.map((destination) => destination.delayMs ?? 0)
      const longest = Math.max(0, ...delays)
      if (longest > 0) {
        await new Promise((resolve) => setTimeout(resolve, longest + 50))
        await drain()
      }
      stopped = true
      clearTimeout(wake)
      await running
      const client = listener
      listener = null
      await client?.end().catch(() => undefined)
      await pool.end().catch(() => undefined)
    },
  }
}

export type Dispatcher = ReturnType<typeof startDispatcher>

/**
 * The read replicas (DATABASE_REPLICA_URLS), reached when each has replayed the primary's WAL
 * as it is when the rows are delivered — past their commits — so a node told of a change reads
 * it from any replica. One that has not within `waitMs` (lagging, stopped) is logged and the
 * rows go on: the nodes then read from the primary until it catches up (replica-reads.ts),
 * and a replica never holds the newsroom's expiries back for longer than that bound.
 */
export function replicaDestination({
  primaryUrl,
  replicaUrls,
  waitMs,
  warn = (message) => console.warn(`⚠ ${message}`),
}: {
  primaryUrl: string
  replicaUrls: readonly string[]
  waitMs: number
  warn?: (message: string) => void
}): Destination & { close: () => Promise<void> } {
  const primary = lsnPool(primaryUrl)
  const replicas = replicaUrls.map(lsnPool)
  return {
    name: 'replicas',
    async deliver() {
      const lsn = await primaryLsn(primary)
      const deadline = Date.now() + waitMs
      while (!(await replicasReplayed(replicas, lsn))) {
        if (Date.now() >= deadline) {
          warn(
            `A read replica has not replayed the latest changes within ${waitMs / 1000} s: their expiries go out now, and the nodes read from the primary until it has.`,
          )
          return
        }
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    },
    close: async () => {
      await Promise.all([primary, ...replicas].map((pool) => pool.end().catch(() => undefined)))
    },
  }
}

/** The bus (REDIS_URL): one numbered message per row, published in id order (`after` the replicas, when there are any). */
export function busDestination(
  url: string,
  { after }: { after?: string } = {},
): Destination & { close: () => Promise<void> } {
  const redis = createClient({
    url,
    // Fail at once while Redis is away: the row stays in the outbox and is retried, rather
    // than a command waiting in memory where a crash would lose it.
    disableOfflineQueue: true,
    socket: { reconnectStrategy: (attempt) => Math.min(100 * 2 ** attempt, 2_000), connectTimeout: 2_000 },
  })
  redis.on('error', () => undefined)
  // Resolves on the first connection, however long Redis takes to come (never rejects).
  const connecting = redis.connect().catch(() => undefined)
  return {
    name: 'bus',
    after,
    async deliver(rows) {
      await Promise.race([connecting, new Promise((resolve) => setTimeout(resolve, 1_000))])
      if (!redis.isReady) throw new Error('Redis is not connected')
      for (const row of rows) {
        await publishExpiry(redis, {
          origin: row.origin,
          exact: row.exact,
          bounded: row.bounded,
          boundSeconds: row.boundSeconds,
        })
      }
    },
    close: async () => {
      await redis.close().catch(() => undefined)
    },
  }
}

/**
 * The edge purged again this long after a change. The first purge can reach the edge before
 * a node has applied the same expiry (the saving node does at the end of its request, the
 * others when the bus brings it), and a reader who asks the edge in that moment gets it to
 * fetch — and keep for a day — the old page from that node. The second purge removes it.
 */
export const EDGE_REPURGE_MS = 1_000

/**
 * One edge (EDGE_PURGE_URLS): the rows' tags merged into as few purges as fit, sent once the
 * nodes have them (`after` the bus, when there is one) and again EDGE_REPURGE_MS later. Purged
 * before the nodes knew — while Redis is down, say — the edge would fetch the old page from a
 * node that still serves it, and keep it for a day.
 */
export function edgeDestinations(url: string, { after }: { after?: string } = {}): Destination[] {
  const purge = async (rows: readonly OutboxRow[]) => {
    const exact = [...new Set(rows.flatMap((row) => row.exact))]
    const bounded = [...new Set(rows.flatMap((row) => row.bounded))]
    await purgeAtEdge(url, { exact, bounded })
  }
  return [
    { name: `edge:${url}`, after, deliver: purge },
    { name: `edge-again:${url}`, after: `edge:${url}`, delayMs: EDGE_REPURGE_MS, deliver: purge },
  ]
}
