import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/*
 * Archives page through published stories newest first. A partial index over exactly that
 * order lets PostgreSQL count and skip to page 200 from the index alone (an index-only scan)
 * instead of reading every story's row, which holds its body.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE INDEX IF NOT EXISTS "articles_published_order_idx" ON "articles" ("published_at" DESC NULLS LAST, "id" DESC) WHERE "_status" = 'published';
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP INDEX IF EXISTS "articles_published_order_idx";`)
}
