import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import type { AnyPgColumn } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { Where } from 'payload'

import { users } from '../payload-generated-schema'

/**
 * What an anonymous reader may see, each rule stated once in every form the code needs it: a
 * Payload `Where` (access rules, Local API reads), SQL over the generated schema (reads that go
 * to the tables directly) and a test of a stored row (what a change must expire).
 *
 * Rule 1: a document of a collection with drafts is visible once published and not in the trash.
 * Payload's own reads leave trashed documents out unless asked (`trash: true`), so the `Where`
 * needs no trash condition; SQL and stored rows state it wherever a table has `deleted_at`
 * (today none: tests/int/list-limits.test.ts keeps every trash off).
 */
export const PUBLISHED: Where = { _status: { equals: 'published' } }

/**
 * Rule 1 in SQL, over a table with drafts. The status is written out, not sent as a parameter,
 * so PostgreSQL can prove its partial indexes over published rows (articles_published_order_idx).
 */
export function publishedSql(table: { _status: AnyPgColumn; deletedAt?: AnyPgColumn }): SQL {
  return table.deletedAt
    ? sql`(${table._status} = 'published' and ${table.deletedAt} is null)`
    : sql`${table._status} = 'published'`
}

/** Rule 1 for a stored row; rows of collections without drafts have no `_status` and are visible. */
export function isVisibleRow(row: { _status?: string | null; deletedAt?: string | null }): boolean {
  return (row._status === undefined || row._status === 'published') && !row.deletedAt
}

/**
 * Rule 2: of an account, anyone may know only its public author profile. Users.ts's afterRead
 * hook keeps every read that is not staff's to these fields.
 */
export const PUBLIC_PROFILE_FIELDS = ['id', 'name', 'slug', 'bio', 'avatar'] as const

type PublicProfileField = (typeof PUBLIC_PROFILE_FIELDS)[number]

/** Rule 2 in SQL: the only columns of `users` that reader SQL selects. */
export const publicProfileColumns = Object.fromEntries(PUBLIC_PROFILE_FIELDS.map((field) => [field, users[field]])) as {
  [Field in PublicProfileField]: (typeof users)[Field]
}
