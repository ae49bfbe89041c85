import pg from 'pg'

import { copyMediaFiles, type MediaFiles } from './media-files'

/** Every file name the media documents point at: each original and each generated size. */
export async function referencedMediaFiles(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query<{ name: string }>(
      `select filename as name from media where filename is not null
       union select sizes_thumbnail_filename from media where sizes_thumbnail_filename is not null
       union select sizes_card_filename from media where sizes_card_filename is not null
       union select sizes_hero_filename from media where sizes_hero_filename is not null
       order by 1`,
    )
    return rows.map((row) => row.name)
  } finally {
    await client.end()
  }
}

export interface MoveReport {
  copied: number
  alreadyThere: number
  /** Files on disk that did not arrive whole in the bucket. */
  notArrived: string[]
  /** Files the newsroom's documents name that the bucket does not hold (lost before the move). */
  referencedButAbsent: string[]
}

/**
 * Copies a newsroom's uploads from its folder into the bucket, checking each file arrived
 * byte for byte (size and MD5), then checks the bucket holds every file a media document names.
 * Nothing is deleted: the folder stays until the operator has switched the nodes over.
 * Run again after an interruption, it copies only what is not there yet.
 */
export async function moveMediaToBucket({
  databaseUrl,
  from,
  to,
}: {
  databaseUrl: string
  from: MediaFiles
  to: MediaFiles
}): Promise<MoveReport> {
  const copy = await copyMediaFiles(from, to)
  const inBucket = new Set((await to.list()).map((file) => file.name))
  const gaps = (await referencedMediaFiles(databaseUrl)).filter((name) => !inBucket.has(name))
  return { copied: copy.copied, alreadyThere: copy.alreadyThere, notArrived: copy.missing, referencedButAbsent: gaps }
}
