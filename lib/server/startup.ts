import type { Payload } from 'payload'

import { startExpiryDelivery } from '../cache/outbox/start'
import { configureBundledFonts } from '../og/fonts'
import { databaseProblem } from './database'
import {
  databaseReplicaUrls,
  databaseUrl,
  isProduction,
  objectStorageSettings,
  payloadSecret,
  payloadSecretProblem,
  port,
  readReplicaUrls,
  seedDemoRequested,
  warmUpSeconds,
} from './env'
import { objectStorageProblem } from '../storage/storage-check'
import { postgresAdapterOf } from './drizzle'
import { ensureFirstUser } from './first-user'
import { hotPathStore } from './hot-paths.mjs'
import { runMigrations } from './migrations'
import { getPayloadClient } from './payload'
import { markWarm } from './readiness'
import { startReplicaReads } from './replica-reads'
import { onShutdown } from './shutdown-hooks.mjs'
import { warmUp } from './warm-up'

/** Development fills an empty database with the demo newsroom; production only when SEED_DEMO=1. */
async function seedIfWanted(payload: Payload): Promise<void> {
  const { isEmptyNewsroom, seedDemoContent } = await import('../../scripts/seed/seed-demo')
  const wanted = seedDemoRequested() || (!isProduction() && (await isEmptyNewsroom(payload)))
  if (!wanted) return
  const { created } = await seedDemoContent(payload)
  if (created > 0) payload.logger.info(`Loaded the demo newsroom: ${created} documents.`)
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Once this process listens (it does only after start-up returns), it warms its own cache,
 * then says it is ready (/api/ready). Development compiles pages on demand, so it is ready at
 * once. A warm-up that cannot reach the server gives up after two minutes: readiness still
 * waits for health.
 */
function warmWhenListening(payload: Payload): void {
  if (!isProduction()) return markWarm()
  const origin = `http://127.0.0.1:${port()}`
  void (async () => {
    const deadline = Date.now() + 120_000
    while (Date.now() < deadline) {
      const healthy = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(3000) }).then(
        (response) => response.ok,
        () => false,
      )
      if (healthy) break
      await sleep(200)
    }
    const started = performance.now()
    const store = hotPathStore()
    const paths = await warmUp(origin, { readMost: (limit) => store.top(limit), seconds: warmUpSeconds() })
    await store.close()
    markWarm()
    payload.logger.info(
      `Warmed the cache: ${paths.length} pages in ${Math.round(performance.now() - started)} ms; ready.`,
    )
  })()
}

/** With read replicas, keeps this node's reads off a replica that lacks a change (replica-reads.ts). */
function startReadReplicaRouting(payload: Payload): void {
  const replicaUrls = readReplicaUrls()
  const primaryUrl = databaseUrl()
  if (replicaUrls.length === 0 || !primaryUrl) return
  const reads = startReplicaReads({ routing: postgresAdapterOf(payload), primaryUrl, replicaUrls })
  onShutdown(() => reads.stop())
}

/** Stops the server with one readable line instead of a stack trace. */
function fail(message: string): never {
  console.error(`\n✖ ${message}\n`)
  process.exit(1)
}

/**
 * Runs once when a server process starts (instrumentation.ts), before it serves a request:
 * configuration checks, the database check, migrations, the first account.
 */
export async function startServer(): Promise<void> {
  // Before anything can draw text (the seed's images, Open Graph cards): fontconfig reads its
  // configuration once per process.
  configureBundledFonts()
  const secretProblem = payloadSecretProblem(payloadSecret())
  if (secretProblem) {
    if (isProduction() || !payloadSecret()) fail(secretProblem)
    console.warn(`⚠ ${secretProblem}`)
  }
  const dbProblem = await databaseProblem()
  if (dbProblem) fail(dbProblem)
  try {
    objectStorageSettings()
    databaseReplicaUrls()
  } catch (error) {
    fail((error as Error).message)
  }
  // An optional engine: a bucket that does not answer costs uploads and uncached images, not the site.
  const storageProblem = await objectStorageProblem({ createMissing: true })
  if (storageProblem) console.warn(`⚠ ${storageProblem}`)

  try {
    const payload = await getPayloadClient()
    await runMigrations(payload)
    // Before any page renders: reads from replicas only once they have what this node knows of.
    startReadReplicaRouting(payload)
    // The outbox exists once migrations ran; deliver what other processes left in it too.
    startExpiryDelivery()
    await ensureFirstUser(payload)
    await seedIfWanted(payload)
    // This process serves the site, so it also runs the jobs queue (scheduled publishing);
    // only now that the jobs table surely exists.
    warmWhenListening(await getPayloadClient({ runJobs: true }))
  } catch (error) {
    fail(`Startup failed: ${error instanceof Error ? error.message : String(error)}`)
  }
}
