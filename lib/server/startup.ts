import type { Payload } from 'payload'

import { configureBundledFonts } from '../og/fonts'
import { databaseProblem } from './database'
import { isProduction, payloadSecret, payloadSecretProblem, seedDemoRequested } from './env'
import { ensureFirstUser } from './first-user'
import { runMigrations } from './migrations'
import { getPayloadClient } from './payload'

/** Development fills an empty database with the demo newsroom; production only when SEED_DEMO=1. */
async function seedIfWanted(payload: Payload): Promise<void> {
  const { isEmptyNewsroom, seedDemoContent } = await import('../../scripts/seed/seed-demo')
  const wanted = seedDemoRequested() || (!isProduction() && (await isEmptyNewsroom(payload)))
  if (!wanted) return
  const { created } = await seedDemoContent(payload)
  if (created > 0) payload.logger.info(`Loaded the demo newsroom: ${created} documents.`)
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
    const payload = await getPayloadClient()
    await runMigrations(payload)
    await ensureFirstUser(payload)
    await seedIfWanted(payload)
    // This process serves the site, so it also runs the jobs queue (scheduled publishing);
    // only now that the jobs table surely exists.
    await getPayloadClient({ runJobs: true })
  } catch (error) {
    fail(`Startup failed: ${error instanceof Error ? error.message : String(error)}`)
  }
}
