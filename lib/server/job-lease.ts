import pg from 'pg'

import { databaseUrl } from './env'

/**
 * Which process runs the jobs queue (scheduled publishes and unpublishes). Payload's runner
 * claims due jobs without a lock, so two runners could both take the same job; instead, only
 * the process that holds one PostgreSQL advisory lock runs the queue at all. The lock is a
 * *session* lock on a connection of its own: it lasts exactly as long as that connection, so
 * it cannot expire in the middle of a job (as a lock with a time to live could), and a runner
 * that dies releases it with its connection, so another takes over at its next tick.
 *
 * The embedded single process holds it as the only runner. With several processes (app nodes
 * with JOBS_AUTORUN left on, or `npm run worker`s) one runs the queue and the others stand by.
 */

/** The advisory lock's key: any fixed 64-bit number, the same in every process of a newsroom. */
export const JOBS_LOCK_KEY = '7364920118273645'

type Lease = { client: pg.Client | null; held: boolean; trying: Promise<boolean> | null }
const LEASE = Symbol.for('summit-wire.job-lease')

function lease(): Lease {
  const shared = globalThis as typeof globalThis & { [LEASE]?: Lease }
  return (shared[LEASE] ??= { client: null, held: false, trying: null })
}

/** The connection failed or closed (or is let go): its lock goes with it. */
async function lose(state: Lease, client: pg.Client): Promise<void> {
  if (state.client !== client) return
  state.client = null
  state.held = false
  await client.end().catch(() => undefined)
}

async function acquire(state: Lease): Promise<boolean> {
  const url = databaseUrl()
  if (!url) return false
  let client = state.client
  try {
    if (!client) {
      const fresh = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 })
      fresh.on('error', () => void lose(state, fresh))
      fresh.on('end', () => void lose(state, fresh))
      client = state.client = fresh
      await fresh.connect()
    }
    const { rows } = await client.query<{ held: boolean }>('select pg_try_advisory_lock($1::bigint) as held', [
      JOBS_LOCK_KEY,
    ])
    state.held = rows[0]?.held === true
    return state.held
  } catch {
    if (client) void lose(state, client)
    return false
  }
}

/** Whether this process holds the jobs lease, taking it when free; never throws. */
export async function holdsJobLease(): Promise<boolean> {
  const state = lease()
  if (state.held && state.client) return true
  return (state.trying ??= acquire(state).finally(() => (state.trying = null)))
}

/** Gives the lease up (at shutdown, after the last job), so another runner takes over at once. */
export async function releaseJobLease(): Promise<void> {
  const state = lease()
  const client = state.client
  if (client) await lose(state, client)
}
