/**
 * `npm run worker`: runs the jobs queue (scheduled publishes and unpublishes) beside app nodes
 * that run none (JOBS_AUTORUN=off). Run two for safety: one holds the jobs lease (a PostgreSQL
 * advisory lock, lib/server/job-lease.ts) and runs due jobs every ten seconds; the other stands
 * by and takes over within a tick of the first one's end. A job's saves write their expiries
 * to the outbox like any save (with REDIS_URL or EDGE_PURGE_URLS set, as on the nodes), and the
 * app nodes' dispatchers deliver them, so every node and the edge show a scheduled story at
 * once; a worker needs no purge rights at the edge.
 *
 * On SIGTERM or SIGINT it stops taking jobs, lets the one it runs finish (up to 25 s), gives the
 * lease up and exits 0.
 */
import type { Payload } from 'payload'

import { databaseProblem } from '../lib/server/database'
import { setEnv } from '../lib/server/env'
import { holdsJobLease, releaseJobLease } from '../lib/server/job-lease'
import { pendingMigrations } from '../lib/server/migrations'
import { getPayloadClient } from '../lib/server/payload'

const JOB_FINISH_MS = 25_000
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

// A worker runs the queue whatever JOBS_AUTORUN says: the app nodes beside it share the setting.
setEnv('JOBS_AUTORUN', 'on')

const problem = await databaseProblem()
if (problem) {
  console.error(`\n✖ ${problem}\n`)
  process.exit(1)
}

/** The app nodes migrate at start; a worker waits for them rather than racing them. */
async function untilMigrated(payload: Payload): Promise<void> {
  for (let said = false; (await pendingMigrations(payload)).length > 0; said = true) {
    if (!said) console.log('Waiting for an app node to apply the pending migrations…')
    await sleep(2_000)
  }
}

const payload = await getPayloadClient({ runJobs: true })
await untilMigrated(payload)
console.log(
  (await holdsJobLease())
    ? 'Worker ready: running the jobs queue.'
    : 'Worker ready: another process runs the jobs queue; standing by to take over.',
)

let stopping = false
async function stop(): Promise<void> {
  if (stopping) return
  stopping = true
  const deadline = Date.now() + JOB_FINISH_MS
  for (const cron of payload.crons) cron.pause()
  while (payload.crons.some((cron) => cron.isBusy()) && Date.now() < deadline) await sleep(100)
  await releaseJobLease()
  await payload.destroy()
  process.exit(0)
}
process.on('SIGTERM', () => void stop())
process.on('SIGINT', () => void stop())
