import { timingSafeEqual } from 'node:crypto'

import type { Config, PayloadRequest } from 'payload'

import { canPublish } from '../../access/roles'

import { cronSecret, runsJobs } from './env'
import { holdsJobLease } from './job-lease'

/** How often the server looks for due jobs (scheduled publishes): well inside the minute promised. */
const AUTORUN_CRON = '*/10 * * * * *'

function hasCronSecret(req: PayloadRequest): boolean {
  const secret = cronSecret()
  const given = req.headers.get('authorization')
  if (!secret || !given) return false
  const [expected, actual] = [Buffer.from(`Bearer ${secret}`), Buffer.from(given)]
  return expected.length === actual.length && timingSafeEqual(expected, actual)
}

/**
 * Payload's jobs queue, which carries scheduled publishes and unpublishes. The server starts
 * its runner at start-up (lib/server/startup.ts; scripts and tests never do) and runs due jobs
 * every ten seconds; with several app nodes, set JOBS_AUTORUN=off on them and run
 * `npm run worker` (scripts/worker.ts), or let one cron call `GET /api/payload-jobs/run` with
 * `Authorization: Bearer $CRON_SECRET` (one caller: that endpoint takes no lease). Of the
 * processes running the queue on their timer, only the one holding the jobs lease (a PostgreSQL
 * advisory lock, job-lease.ts) takes jobs, so none runs twice. Jobs run outside a
 * Next request, so their saves reach the cache through /api/revalidate and the expiry outbox
 * (lib/cache/revalidate.ts), like any script's.
 */
export const jobsConfig: NonNullable<Config['jobs']> = {
  access: {
    queue: ({ req }) => canPublish(req.user),
    cancel: ({ req }) => canPublish(req.user),
    run: ({ req }) => canPublish(req.user) || hasCronSecret(req),
  },
  autoRun: [{ cron: AUTORUN_CRON, queue: 'default', limit: 50 }],
  shouldAutoRun: async () => runsJobs() && (await holdsJobLease()),
}
