import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/*
 * Search looks for the newest matches of a query in windows of the newest stories before it
 * reads all matches (lib/content/queries/search-matches.ts). These GIN indexes hold each
 * published row's full-text vector beside its date (btree_gin, a trusted contrib extension
 * that PostgreSQL ships), so "these words, in a story at least this new" is one index scan
 * whose fast scan skips a common word's posting list to the window: at 100,000 articles a
 * word in every story costs about a millisecond instead of reading 100,000 rows. The date is
 * indexed as `date at time zone 'UTC'`, an expression no B-tree has, which keeps PostgreSQL
 * from choosing the date's B-tree and decompressing the vector of every story in the window.
 *
 * They are partial over published rows, which is all search reads, so they replace the plain
 * vector indexes of 20261129_031000_search_index on articles and statements. Statements get
 * the published-order index articles have (20261129_090000_archive_order_index), from which
 * a window's cut-off date is read.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE EXTENSION IF NOT EXISTS btree_gin;
  CREATE INDEX IF NOT EXISTS "articles_search_recent_idx" ON "articles"
    USING gin ("search_vector", ("published_at" AT TIME ZONE 'UTC')) WHERE "_status" = 'published';
  DROP INDEX IF EXISTS "articles_search_vector_idx";
  CREATE INDEX IF NOT EXISTS "statements_search_recent_idx" ON "statements"
    USING gin ("search_vector", ("date" AT TIME ZONE 'UTC')) WHERE "_status" = 'published';
  DROP INDEX IF EXISTS "statements_search_vector_idx";
  CREATE INDEX IF NOT EXISTS "statements_published_order_idx" ON "statements" ("date" DESC NULLS LAST, "id" DESC) WHERE "_status" = 'published';
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  CREATE INDEX IF NOT EXISTS "articles_search_vector_idx" ON "articles" USING gin ("search_vector");
  CREATE INDEX IF NOT EXISTS "statements_search_vector_idx" ON "statements" USING gin ("search_vector");
  DROP INDEX IF EXISTS "articles_search_recent_idx";
  DROP INDEX IF EXISTS "statements_search_recent_idx";
  DROP INDEX IF EXISTS "statements_published_order_idx";
  `)
}
