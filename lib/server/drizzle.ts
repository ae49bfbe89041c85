import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

/**
 * Drizzle over PostgreSQL, typed by the schema Payload generates from the collections
 * (payload-generated-schema.ts, written by `npm run generate`). Reads that go to the tables
 * directly name them through that schema's objects, so a table or column that does not exist
 * fails the type-check instead of a request.
 */
export type Drizzle = PostgresAdapter['drizzle']

/**
 * Payload's Postgres adapter. Payload types `payload.db` as any database adapter; this is the
 * one place that says which one payload.config.ts configures, and it checks.
 */
export function postgresAdapterOf(payload: Payload): PostgresAdapter {
  if (payload.db.packageName !== '@payloadcms/db-postgres')
    throw new Error(`Expected Payload's Postgres adapter, got ${payload.db.packageName}`)
  return payload.db as unknown as PostgresAdapter
}

/**
 * The typed database handle of a Payload instance. With read replicas, `drizzle` sends reads to
 * a replica; within Payload's read-after-write window (which lib/server/replica-reads.ts also
 * holds open while a replica lacks a change) our reads go to the primary, as Payload's do.
 */
export function drizzleOf(payload: Payload): Drizzle {
  const adapter = postgresAdapterOf(payload)
  const recentWrite = Date.now() - (adapter.lastWriteTimestamp ?? 0) < adapter.readReplicasAfterWriteInterval
  return adapter.primaryDrizzle && recentWrite ? (adapter.primaryDrizzle as Drizzle) : adapter.drizzle
}

export type Executor = Pick<Drizzle, 'execute'>

/**
 * Where a request's own SQL must run: the transaction Payload opened for it, so the statement
 * commits or rolls back with the request's change (the database itself when it has none).
 */
export async function transactionOf(payload: Payload, req: PayloadRequest): Promise<Executor> {
  const adapter = postgresAdapterOf(payload)
  const id = req.transactionID === undefined ? undefined : await req.transactionID
  const session = id === undefined ? undefined : adapter.sessions[String(id)]
  return (session?.db as Executor | undefined) ?? adapter.drizzle
}
