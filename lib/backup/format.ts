/** What a backup folder holds, in manifest.json beside `tables/` and `media/`. */
export interface BackupManifest {
  format: 'summit-wire-backup'
  version: 1
  createdAt: string
  /** The migrations the database had run: a restore needs the same code, which has the same ones. */
  migrations: string[]
  tables: { name: string; columns: string[]; rows: number; file: string }[]
  mediaFiles: number
}

export const MANIFEST = 'manifest.json'
export const TABLES_DIR = 'tables'
export const MEDIA_DIR = 'media'
