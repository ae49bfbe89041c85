import pg from 'pg'

import { databaseUrl } from './env'

/** The URL without its password, fit for a log line. */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url)
    parsed.password = ''
    return parsed.toString().replace(/^(\w+:\/\/[^@/]*):@/, '$1@')
  } catch {
    return '(not a valid URL)'
  }
}

/**
 * Connects once and returns why the database named by DATABASE_URL cannot be used, as one
 * sentence that names the variable, or null when it answers.
 */
export async function databaseProblem(url = databaseUrl()): Promise<string | null> {
  if (!url)
    return 'DATABASE_URL is not set: point it at a PostgreSQL database, or start the app with `npm run dev` / `npm start`, which run an embedded PostgreSQL when it is unset.'
  if (!/^postgres(ql)?:\/\//.test(url))
    return `DATABASE_URL must be a postgres:// URL, got ${describeDatabaseUrl(url)}.`
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 })
  // A dropped connection after the check must not crash the process as an unhandled 'error'.
  client.on('error', () => undefined)
  try {
    await client.connect()
    await client.query('select 1')
    return null
  } catch (error) {
    // A server that answers but lacks the database is fine: Payload creates it on connect.
    if ((error as { code?: string }).code === '3D000') return null
    const reason = error instanceof Error ? error.message || error.name : String(error)
    return `Cannot reach the PostgreSQL named by DATABASE_URL (${describeDatabaseUrl(url)}): ${reason.split('\n')[0]}`
  } finally {
    await client.end().catch(() => undefined)
  }
}
