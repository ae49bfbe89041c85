import { createReadStream } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { createInterface } from 'node:readline'

import pg from 'pg'

import { copyMediaFiles, folderMediaFiles, type MediaFiles } from '../storage/media-files'
import { MANIFEST, MEDIA_DIR, type BackupManifest } from './format'
import { listTables, quoteIdentifier } from './tables'

const BATCH = 500

export async function readManifest(backupDir: string): Promise<BackupManifest> {
  const raw = await fs.readFile(path.join(backupDir, MANIFEST), 'utf8').catch(() => {
    throw new Error(`${backupDir} is not a backup: it has no ${MANIFEST}.`)
  })
  const manifest = JSON.parse(raw) as BackupManifest
  if (manifest.format !== 'summit-wire-backup' || manifest.version !== 1)
    throw new Error(`${backupDir} holds a backup this version cannot read.`)
  return manifest
}

/**
 * Loads a backup's rows into the database at `databaseUrl`, whose schema the caller has
 * already migrated to the backup's migrations, and its files into `media` (a folder or a
 * bucket). It refuses, changing nothing, when any table already holds rows or the media store
 * holds files: a restore never overwrites. All rows go in one transaction, committed only once
 * every file has arrived.
 */
export async function restoreData({
  databaseUrl,
  media,
  backupDir,
  manifest,
}: {
  databaseUrl: string
  media: MediaFiles
  backupDir: string
  manifest: BackupManifest
}): Promise<void> {
  if ((await media.list()).length > 0)
    throw new Error(`The media store ${media.where} is not empty: restore into an empty one.`)
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const tables = await listTables(client)
    const known = new Map(tables.map((table) => [table.name, table]))
    for (const saved of manifest.tables) {
      if (!known.has(saved.name))
        throw new Error(
          `The backup has a table this database lacks (${saved.name}): restore with the code version that made the backup.`,
        )
    }
    const filled = await client.query<{ name: string }>(
      tables
        .map(
          (table) =>
            `select ${pg.escapeLiteral(table.name)} as name where exists (select 1 from ${quoteIdentifier(table.name)})`,
        )
        .join(' union all '),
    )
    if (filled.rows.length > 0)
      throw new Error(
        `The database is not empty (${filled.rows.map((row) => row.name).join(', ')} hold rows): restore into a new database.`,
      )

    await client.query('begin')
    const saved = new Map(manifest.tables.map((table) => [table.name, table]))
    for (const table of tables) {
      const entry = saved.get(table.name)
      if (!entry || entry.rows === 0) continue
      const columns = entry.columns
        .filter((column) => table.columns.includes(column))
        .map(quoteIdentifier)
        .join(', ')
      const insert = `insert into ${quoteIdentifier(table.name)} (${columns}) select ${columns} from json_populate_recordset(null::${quoteIdentifier(table.name)}, $1::json)`
      let batch: string[] = []
      const flush = async () => {
        if (batch.length) await client.query(insert, [`[${batch.join(',')}]`])
        batch = []
      }
      const lines = createInterface({ input: createReadStream(path.join(backupDir, entry.file)), crlfDelay: Infinity })
      for await (const line of lines) {
        if (!line) continue
        batch.push(line)
        if (batch.length >= BATCH) await flush()
      }
      await flush()
    }
    // Serial ids carry on after the restored rows.
    const { rows: sequences } = await client.query<{ table_name: string; column_name: string; sequence: string }>(
      `select table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), column_name) as sequence
         from information_schema.columns where table_schema = 'public' and pg_get_serial_sequence(quote_ident(table_name), column_name) is not null`,
    )
    for (const { table_name: table, column_name: column, sequence } of sequences) {
      await client.query(
        `select setval($1, coalesce((select max(${quoteIdentifier(column)}) from ${quoteIdentifier(table)}), 0) + 1, false)`,
        [sequence],
      )
    }
    const files = await copyMediaFiles(folderMediaFiles(path.join(backupDir, MEDIA_DIR)), media)
    if (files.missing.length > 0)
      throw new Error(
        `${files.missing.length} media files did not arrive in ${media.where}: ${files.missing.slice(0, 5).join(', ')}`,
      )
    await client.query('commit')
  } catch (error) {
    await client.query('rollback').catch(() => undefined)
    throw error
  } finally {
    await client.end()
  }
}
