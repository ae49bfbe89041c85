import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/*
 * The S3 storage adapter keeps where each file lives in the bucket beside the document: a key
 * prefix and, for files a browser uploads straight to the bucket, an object key. The columns
 * exist whether or not a bucket is configured (lib/storage/media-storage-plugin.ts sets
 * `alwaysInsertFields`), so the schema does not depend on configuration and a newsroom can move
 * its files from disk to a bucket without a migration. Rows on disk keep an empty prefix, which
 * is also the key prefix the move from disk gives them.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" ADD COLUMN "prefix" varchar DEFAULT '';
  ALTER TABLE "media" ADD COLUMN "_objectkey" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" DROP COLUMN "prefix";
  ALTER TABLE "media" DROP COLUMN "_objectkey";`)
}
