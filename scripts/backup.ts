/**
 * `npm run backup [-- <folder>]`: the database named by DATABASE_URL (the embedded one when
 * unset, via scripts/launch.ts) and the uploads (from the S3 bucket when S3_BUCKET is set, else
 * from MEDIA_DIR), into a new folder (default `backups/<date and time>`). See
 * lib/backup/backup.ts.
 */
import path from 'node:path'

import { backup } from '../lib/backup/backup'
import { databaseProblem } from '../lib/server/database'
import { configuredMediaFiles } from '../lib/storage/media-files'
import { databaseUrl } from '../lib/server/env'

const problem = await databaseProblem()
if (problem) {
  console.error(`\n✖ ${problem}\n`)
  process.exit(1)
}
const outDir = path.resolve(process.argv[2] ?? path.join('backups', new Date().toISOString().replace(/[:.]/g, '-')))
try {
  const manifest = await backup({ databaseUrl: databaseUrl()!, media: configuredMediaFiles(), outDir })
  const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0)
  console.log(
    `Backed up ${rows} rows in ${manifest.tables.length} tables and ${manifest.mediaFiles} media files to ${outDir}`,
  )
} catch (error) {
  console.error(`\n✖ Backup failed: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
}
process.exit(0)
