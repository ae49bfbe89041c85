import type { Migration, Payload } from 'payload'

import { migrations } from '../../migrations'

/** Names of committed migrations this database has not run (every one, when it has none). */
export async function pendingMigrations(payload: Payload): Promise<string[]> {
  let applied: Set<string>
  try {
    const { docs } = await payload.find({ collection: 'payload-migrations', limit: 0, pagination: false, depth: 0 })
    applied = new Set(docs.map((doc) => doc.name ?? ''))
  } catch (error) {
    // An empty database has no migrations table yet; anything else (unreachable) is real.
    if (error instanceof Error && /does not exist/.test(`${error.message} ${String(error.cause ?? '')}`))
      return migrations.map((m) => m.name)
    throw error
  }
  return migrations.map((m) => m.name).filter((name) => !applied.has(name))
}

/**
 * Runs every committed migration the database lacks, then checks that they really ran:
 * Payload's migrate can return quietly without doing anything (payloadcms/payload#13732).
 */
export async function runMigrations(payload: Payload): Promise<void> {
  // Generated migrations type their arguments for Postgres; Payload's generic list takes `unknown`.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  const stillPending = await pendingMigrations(payload)
  if (stillPending.length > 0) {
    throw new Error(`Migrations did not run: ${stillPending.join(', ')}`)
  }
}
