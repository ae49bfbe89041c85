/**
 * `npm run restore -- <folder>`: a backup made by `npm run backup` into the database named by
 * DATABASE_URL (the embedded one when unset) and the media store (the S3 bucket when S3_BUCKET
 * is set, else MEDIA_DIR), both empty: it migrates the database to the backup's migrations,
 * then loads the rows and files. It never overwrites:
 * with rows or files already there it stops and changes nothing. Stop the app first.
 */
import path from 'node:path'

import { getPayload } from 'payload'

import config from '../payload.config'
import { readManifest, restoreData } from '../lib/backup/restore'
import { databaseProblem } from '../lib/server/database'
import { configuredMediaFiles } from '../lib/storage/media-files'
import { runMigrations } from '../lib/server/migrations'
import { migrations } from '../migrations'
import { databaseUrl } from '../lib/server/env'

const fail = (message: string): never => {
  console.error(`\n✖ ${message}\n`)
  process.exit(1)
}

const folder = process.argv[2]
if (!folder) fail('usage: npm run restore -- <backup folder>')
const backupDir = path.resolve(folder!)
const problem = await databaseProblem()
if (problem) fail(problem)
try {
  const manifest = await readManifest(backupDir)
  const code = migrations.map((migration) => migration.name)
  if (manifest.migrations.join() !== code.join()) {
    fail(
      `The backup was made after migrations ${manifest.migrations.at(-1) ?? '(none)'}, this code has ${code.at(-1)}: restore with the code version that made it, then start the app to migrate.`,
    )
  }
  const payload = await getPayload({ config })
  await runMigrations(payload)
  await payload.destroy()
  await restoreData({ databaseUrl: databaseUrl()!, media: configuredMediaFiles(), backupDir, manifest })
  const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0)
  console.log(`Restored ${rows} rows and ${manifest.mediaFiles} media files from ${backupDir}`)
} catch (error) {
  fail(`Restore failed: ${error instanceof Error ? error.message : String(error)}`)
}
process.exit(0)
