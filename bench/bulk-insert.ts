import { getTableName } from '@payloadcms/db-postgres/drizzle'
import type { PgColumn, PgTable } from '@payloadcms/db-postgres/drizzle/pg-core'
import type pg from 'pg'

/**
 * Inserts rows in one statement through `unnest` of one array per column, naming the table,
 * its columns and their SQL types from Payload's generated Drizzle schema
 * (payload-generated-schema.ts): a column that no longer exists fails the type-check, and a
 * type that changed is cast to what the database expects.
 */
export async function insertRows(
  db: pg.Client,
  table: PgTable,
  columns: readonly PgColumn[],
  rows: readonly unknown[][],
): Promise<number[]> {
  if (rows.length === 0) return []
  const params = columns.map((_, index) => rows.map((row) => row[index]))
  const names = columns.map((column) => `"${column.name}"`).join(', ')
  const arrays = columns.map((column, index) => `$${index + 1}::${column.getSQLType()}[]`).join(', ')
  const hasId = 'id' in table
  const result = await db.query<{ id: number }>(
    `insert into "${getTableName(table)}" (${names}) select * from unnest(${arrays})${hasId ? ' returning id' : ''}`,
    params,
  )
  return result.rows.map((row) => row.id)
}
