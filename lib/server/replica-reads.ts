import type pg from 'pg'

import { reportOutage, reportRecovery } from './dependency-outages.mjs'
import { installReplicaGate } from './replica-gate.mjs'
import { lsnPool, primaryLsn, replicasReplayed } from './replica-lsn'

/**
 * What routes Payload's reads when it has read replicas (db-postgres `readReplicas`): while
 * `lastWriteTimestamp` lies within `readReplicasAfterWriteInterval`, every read outside a
 * transaction goes to the primary — Payload's own read-after-write rule, for this process's
 * writes. The Postgres adapter is one (lib/server/drizzle.ts reads the same fields).
 */
export interface ReadRouting {
  lastWriteTimestamp?: number
  readReplicasAfterWriteInterval: number
}

/** While holding, the primary window is renewed this often (well inside Payload's 2 s window). */
const PIN_EVERY_MS = 100
const CHECK_EVERY_MS = 50
/** How often an idle node asks its replicas whether they answer. */
const PROBE_EVERY_MS = 1_000
/** A hold longer than this is a replica lagging or down, and is logged. */
const LOG_AFTER_MS = 2_000

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Keeps this process's reads off replicas that lack a change it has been told of. Payload's
 * rule covers the process's own writes for two seconds; it cannot know of another node's
 * publish, and a replica can lag longer. So whenever this node is about to re-render after a
 * change (its own expiry or one from the bus, through replica-gate.mjs), and whenever a replica
 * stops answering, reads go to the primary until every replica has replayed the primary's WAL
 * as it was at that moment — which holds the change. A replica that is down or stuck keeps
 * reads on the primary until it is back and caught up: readers are served either way.
 */
export function startReplicaReads({
  routing,
  primaryUrl,
  replicaUrls,
  log = (message) => console.warn(`⚠ ${message}`),
}: {
  routing: ReadRouting
  primaryUrl: string
  replicaUrls: readonly string[]
  log?: (message: string) => void
}): {
  hold: () => void
  holding: () => boolean
  /** How many times it has asked the primary where its WAL is. */
  questions: () => number
  stop: () => Promise<void>
} {
  const primary = lsnPool(primaryUrl)
  const replicas: pg.Pool[] = replicaUrls.map(lsnPool)
  let wanted = 0n
  let loop: Promise<void> | null = null
  let stopped = false
  const pin = () => {
    routing.lastWriteTimestamp = Date.now()
  }

  async function catchUp(): Promise<void> {
    const started = Date.now()
    let logged = false
    const timer = setInterval(pin, PIN_EVERY_MS)
    timer.unref()
    try {
      while (!stopped) {
        const target = wanted
        if (await replicasReplayed(replicas, target)) {
          if (wanted === target) break
          continue
        }
        if (!logged && Date.now() - started > LOG_AFTER_MS) {
          logged = true
          log(
            'A read replica is behind the primary or not answering: this node reads from the primary until it catches up.',
          )
        }
        await sleep(CHECK_EVERY_MS)
      }
    } finally {
      clearInterval(timer)
    }
    if (!stopped) reportRecovery('read-replica')
    if (logged)
      log(`The read replicas caught up after ${Math.round((Date.now() - started) / 1000)} s: reads go to them again.`)
  }

  function holdUntil(lsn: bigint): void {
    if (lsn > wanted) wanted = lsn
    loop ??= catchUp().finally(() => {
      loop = null
    })
  }

  // A publish expires dozens of tags, each a hold: one question to the primary at a time, and
  // one more after it for the holds that came while it was asked (their changes may have
  // committed after it read the WAL position).
  let asking = false
  let askAgain = false
  let questions = 0
  function askPrimary(): void {
    if (asking) {
      askAgain = true
      return
    }
    asking = true
    questions += 1
    // A primary that does not answer has nothing newer to read than the replicas.
    void primaryLsn(primary)
      .then(holdUntil, () => undefined)
      .finally(() => {
        asking = false
        if (!askAgain || stopped) return
        askAgain = false
        askPrimary()
      })
  }

  function hold(): void {
    if (stopped) return
    // At once, before any re-render can start; the wait for the replicas follows.
    pin()
    askPrimary()
  }

  const probe = setInterval(() => {
    if (loop || stopped) return
    void replicasReplayed(replicas, 0n).then((answering) => {
      if (answering) return
      // Until reads have moved to the primary, one that failed on the replica is a clear 503.
      reportOutage('read-replica')
      hold()
    })
  }, PROBE_EVERY_MS)
  probe.unref()

  installReplicaGate({ hold })
  return {
    hold,
    holding: () => loop !== null,
    questions: () => questions,
    stop: async () => {
      stopped = true
      clearInterval(probe)
      installReplicaGate(undefined)
      await loop
      await Promise.all([primary, ...replicas].map((pool) => pool.end().catch(() => undefined)))
    },
  }
}
