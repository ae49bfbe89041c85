import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/*
 * Full-text search, outside Payload's schema (written by hand): a weighted tsvector kept by
 * PostgreSQL itself on each searchable table — title over standfirst over body — with a GIN
 * index, so search stays an index lookup at 100,000 articles. Rich text contributes only its
 * text nodes, not Lexical's structural keys.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "articles" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce("title", '')), 'A') ||
    setweight(to_tsvector('english', coalesce("standfirst", '')), 'B') ||
    setweight(jsonb_to_tsvector('english', coalesce(jsonb_path_query_array("body", 'strict $.**.text'), '[]'::jsonb), '["string"]'), 'C')
  ) STORED;
  CREATE INDEX "articles_search_vector_idx" ON "articles" USING gin ("search_vector");

  ALTER TABLE "statements" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce("quote", '')), 'A') ||
    setweight(to_tsvector('english', coalesce("context", '')), 'B')
  ) STORED;
  CREATE INDEX "statements_search_vector_idx" ON "statements" USING gin ("search_vector");

  ALTER TABLE "events" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce("name", '')), 'A') ||
    setweight(to_tsvector('english', coalesce("summary", '')), 'B')
  ) STORED;
  CREATE INDEX "events_search_vector_idx" ON "events" USING gin ("search_vector");
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "articles" DROP COLUMN IF EXISTS "search_vector";
  ALTER TABLE "statements" DROP COLUMN IF EXISTS "search_vector";
  ALTER TABLE "events" DROP COLUMN IF EXISTS "search_vector";
  `)
}
