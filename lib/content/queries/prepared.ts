import { createHash } from 'node:crypto'

import type { SQL } from '@payloadcms/db-postgres/drizzle'
import { PgDialect } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { QueryResultRow } from 'pg'
import type { Payload } from 'payload'

import { postgresAdapterOf } from '../../server/drizzle'

const dialect = new PgDialect()

/** Settings a prepared read may change for its own transaction, and nothing else. */
export type LocalSettings = Partial<Record<'enable_seqscan' | 'plan_cache_mode', string>>

/**
 * Runs `statement` as a named prepared statement, in a transaction of its own with `settings`
 * set for it alone, on a connection of Payload's pool. Each connection parses and plans the
 * statement once; later runs send only its parameters. For a statement of several kilobytes
 * and a dozen common table expressions (search), planning cost as much as running it, and the
 * text alone was a visible share of the server's writes.
 *
 * The name comes from the statement's text, so two statements never share one.
 */
export async function runPrepared<Row extends QueryResultRow>(
  payload: Payload,
  statement: SQL,
  settings: LocalSettings,
): Promise<Row[]> {
  const { sql: text, params } = dialect.sqlToQuery(statement)
  const name = `summit-${createHash('sha1').update(text).digest('base64url')}`
  const setup = Object.entries(settings)
    .map(([setting, value]) => `set local ${setting} = ${value}`)
    .join('; ')
  const client = await postgresAdapterOf(payload).pool.connect()
  try {
    // One round trip: the simple protocol takes several statements at once when none has parameters.
    await client.query(`begin; ${setup}`)
    const result = await client.query<Row>({ name, text, values: params })
    await client.query('commit')
    return result.rows
  } catch (error) {
    await client.query('rollback').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}
