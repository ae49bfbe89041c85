import { createWriteStream } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { once } from 'node:events'

import pg from 'pg'

import { copyMediaFiles, folderMediaFiles, type MediaFiles } from '../storage/media-files'
import { MANIFEST, MEDIA_DIR, TABLES_DIR, type BackupManifest } from './format'
import { listTables, quoteIdentifier } from './tables'

const BATCH = 1000

/**
 * Writes the database at `databaseUrl` and the uploads in `media` (a folder or a bucket) into the new folder
 * `outDir`: each table as JSON lines (one row each, generated columns left out), the
 * migrations it had run, and the files. Plain SQL over `pg`, in one repeatable-read
 * transaction, so it needs no pg_dump of the server's version and sees one instant.
 */
export async function backup({
  databaseUrl,
  media,
  outDir,
}: {
  databaseUrl: string
  media: MediaFiles
  outDir: string
}): Promise<BackupManifest> {
  await fs.mkdir(outDir, { recursive: false })
  await fs.mkdir(path.join(outDir, TABLES_DIR))
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  const manifest: BackupManifest = {
    format: 'summit-wire-backup',
    version: 1,
    createdAt: new Date().toISOString(),
    migrations: [],
    tables: [],
    mediaFiles: 0,
  }
  try {
    await client.query('begin isolation level repeatable read read only')
    const { rows } = await client.query<{ name: string }>(
      'select name from payload_migrations where name is not null order by id',
    )
    manifest.migrations = rows.map((row) => row.name).filter((name) => name !== 'dev')
    for (const table of await listTables(client)) {
      const file = path.join(TABLES_DIR, `${table.name}.jsonl`)
      const out = createWriteStream(path.join(outDir, file))
      const columns = table.columns.map(quoteIdentifier).join(', ')
      await client.query(
        `declare rows_out no scroll cursor for select row_to_json(t)::text as row from (select ${columns} from ${quoteIdentifier(table.name)}) t`,
      )
      let count = 0
      for (;;) {
        const batch = await client.query<{ row: string }>(`fetch ${BATCH} from rows_out`)
        for (const { row } of batch.rows) if (!out.write(`${row}\n`)) await once(out, 'drain')
        count += batch.rows.length
        if (batch.rows.length < BATCH) break
      }
      await client.query('close rows_out')
      out.end()
      await once(out, 'finish')
      manifest.tables.push({ name: table.name, columns: table.columns, rows: count, file })
    }
    await client.query('commit')
  } finally {
    await client.end()
  }
  const files = await copyMediaFiles(media, folderMediaFiles(path.join(outDir, MEDIA_DIR)))
  if (files.missing.length > 0)
    throw new Error(
      `${files.missing.length} media files could not be copied from ${media.where}: ${files.missing.slice(0, 5).join(', ')}`,
    )
  manifest.mediaFiles = files.copied + files.alreadyThere
  await fs.writeFile(path.join(outDir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}
