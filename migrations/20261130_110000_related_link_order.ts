import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/*
 * Related coverage ranks, for each topic, person and statement a story carries, only the
 * newest stories carrying it (lib/content/queries/related.ts, SHARERS_PER_LINK). These
 * indexes hold each link's stories in id order, so "the newest hundred stories on this topic"
 * is read from the index alone, however many stories the topic has; Payload's own indexes on
 * each column alone (kept: its schema declares them) would read every one.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE INDEX IF NOT EXISTS "articles_rels_topics_parent_idx" ON "articles_rels" ("topics_id", "parent_id") WHERE "path" = 'topics';
  CREATE INDEX IF NOT EXISTS "articles_rels_people_parent_idx" ON "articles_rels" ("people_id", "parent_id") WHERE "path" = 'people';
  CREATE INDEX IF NOT EXISTS "articles_rels_statements_parent_idx" ON "articles_rels" ("statements_id", "parent_id") WHERE "path" = 'statements';
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "articles_rels_topics_parent_idx";
  DROP INDEX IF EXISTS "articles_rels_people_parent_idx";
  DROP INDEX IF EXISTS "articles_rels_statements_parent_idx";
  `)
}
