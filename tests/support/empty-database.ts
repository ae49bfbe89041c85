import pg from 'pg'

/**
 * A new, empty database on the run's PostgreSQL, for tests that need a site with no account
 * yet (the shared test database has whatever other files left in it). Import Payload only
 * after pointing DATABASE_URL at it: payload.config.ts reads it at import.
 */
export async function createEmptyDatabase(label: string): Promise<string> {
  const url = new URL(process.env.DATABASE_URL!)
  const name = `${label}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`
  const admin = new pg.Client({ connectionString: url.toString() })
  await admin.connect()
  try {
    await admin.query(`create database ${admin.escapeIdentifier(name)}`)
  } finally {
    await admin.end()
  }
  url.pathname = `/${name}`
  return url.toString()
}
