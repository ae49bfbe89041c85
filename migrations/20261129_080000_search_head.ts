import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/*
 * A second, small tsvector on articles — title over standfirst, without the body — that search
 * ranks by. The full search_vector of an 800-word story is stored compressed out of line, and
 * ranking reads every candidate's vector; this one stays in the row, so ranking a few hundred
 * matches costs microseconds, not tens of milliseconds. Matching still uses search_vector's
 * GIN index, so body words are found; they just do not outrank a headline.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "articles" ADD COLUMN "search_head" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce("title", '')), 'A') ||
    setweight(to_tsvector('english', coalesce("standfirst", '')), 'B')
  ) STORED;
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`ALTER TABLE "articles" DROP COLUMN IF EXISTS "search_head";`)
}
