import { databaseProblem } from './database'
import { isProduction, payloadSecretProblem } from './env'
import { ensureFirstUser } from './first-user'
import { runMigrations } from './migrations'
import { getPayloadClient } from './payload'

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
  const secretProblem = payloadSecretProblem(process.env.PAYLOAD_SECRET)
  if (secretProblem) {
    if (isProduction() || !process.env.PAYLOAD_SECRET) fail(secretProblem)
    console.warn(`⚠ ${secretProblem}`)
  }
  const dbProblem = await databaseProblem()
  if (dbProblem) fail(dbProblem)

  try {
    const payload = await getPayloadClient()
    await runMigrations(payload)
    await ensureFirstUser(payload)
  } catch (error) {
    fail(`Startup failed: ${error instanceof Error ? error.message : String(error)}`)
  }
}
