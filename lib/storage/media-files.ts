import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { S3 } from '@aws-sdk/client-s3'

import { mediaDir } from '../../collections/Media'
import { isMissingObject, storageClient } from './s3-client'

/** One stored file: its name (a path relative to the store, `/`-separated) and size in bytes. */
export interface StoredFile {
  name: string
  size: number
}

/**
 * Where a newsroom's uploaded files are: a folder, or a bucket keyed by the same names. The
 * backup, the restore and the move from disk to a bucket see both through this.
 */
export interface MediaFiles {
  /** Says where, for messages: the folder or `s3://bucket`. */
  readonly where: string
  list(): Promise<StoredFile[]>
  /** The file's bytes, or null when it is not there. */
  read(name: string): Promise<Buffer | null>
  write(name: string, bytes: Buffer): Promise<void>
  /** Whether the stored file holds exactly these bytes. */
  holds(name: string, bytes: Buffer): Promise<boolean>
}

/** The content type a stored image is served with, from its name (Media.ts accepts only these). */
export function contentTypeOf(name: string): string {
  const types: Record<string, string> = {
    '.jpg': 'image/jpeg',
    '.jpeg': 'image/jpeg',
    '.png': 'image/png',
    '.webp': 'image/webp',
    '.avif': 'image/avif',
    '.gif': 'image/gif',
  }
  return types[path.extname(name).toLowerCase()] ?? 'application/octet-stream'
}

function insideFolder(folder: string, name: string): string {
  const root = path.resolve(folder)
  const file = path.resolve(root, name)
  if (!file.startsWith(root + path.sep)) throw new Error(`"${name}" is not a file name inside ${root}.`)
  return file
}

export function folderMediaFiles(folder: string): MediaFiles {
  const read = async (name: string) =>
    fs.readFile(insideFolder(folder, name)).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null
      throw error
    })
  return {
    where: path.resolve(folder),
    async list() {
      const entries = await fs
        .readdir(folder, { withFileTypes: true, recursive: true })
        .catch((error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') return []
          throw error
        })
      const files: StoredFile[] = []
      for (const entry of entries) {
        if (!entry.isFile()) continue
        const full = path.join(entry.parentPath, entry.name)
        const name = path.relative(folder, full).split(path.sep).join('/')
        files.push({ name, size: (await fs.stat(full)).size })
      }
      return files.sort((a, b) => a.name.localeCompare(b.name))
    },
    read,
    async write(name, bytes) {
      const file = insideFolder(folder, name)
      await fs.mkdir(path.dirname(file), { recursive: true })
      await fs.writeFile(file, bytes)
    },
    async holds(name, bytes) {
      const stored = await read(name)
      return stored !== null && stored.equals(bytes)
    },
  }
}

export function bucketMediaFiles(s3: S3, bucket: string): MediaFiles {
  return {
    where: `s3://${bucket}`,
    async list() {
      const files: StoredFile[] = []
      let token: string | undefined
      do {
        const page = await s3.listObjectsV2({ Bucket: bucket, ContinuationToken: token })
        for (const object of page.Contents ?? [])
          if (object.Key) files.push({ name: object.Key, size: object.Size ?? 0 })
        token = page.IsTruncated ? page.NextContinuationToken : undefined
      } while (token)
      return files.sort((a, b) => a.name.localeCompare(b.name))
    },
    async read(name) {
      try {
        const object = await s3.getObject({ Bucket: bucket, Key: name })
        return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : Buffer.alloc(0)
      } catch (error) {
        if (isMissingObject(error)) return null
        throw error
      }
    },
    async write(name, bytes) {
      await s3.putObject({ Bucket: bucket, Key: name, Body: bytes, ContentType: contentTypeOf(name) })
    },
    async holds(name, bytes) {
      try {
        const head = await s3.headObject({ Bucket: bucket, Key: name })
        if (head.ContentLength !== bytes.length) return false
        // A single-part upload's ETag is the MD5 of its bytes; any other form, compare the bytes.
        const etag = head.ETag?.replaceAll('"', '')
        if (etag && /^[0-9a-f]{32}$/.test(etag)) return etag === createHash('md5').update(bytes).digest('hex')
        const stored = await this.read(name)
        return stored !== null && stored.equals(bytes)
      } catch (error) {
        if (isMissingObject(error)) return false
        throw error
      }
    },
  }
}

/** Where this newsroom's uploads are now: the configured bucket, or MEDIA_DIR. */
export function configuredMediaFiles(): MediaFiles {
  const bucket = storageClient()
  return bucket ? bucketMediaFiles(bucket.s3, bucket.bucket) : folderMediaFiles(mediaDir())
}

/**
 * Copies every file of `from` into `to` and checks each arrived whole; a file `to` already
 * holds byte for byte is left as it is, so an interrupted copy can simply be run again.
 */
export async function copyMediaFiles(
  from: MediaFiles,
  to: MediaFiles,
): Promise<{ copied: number; alreadyThere: number; missing: string[] }> {
  let copied = 0
  let alreadyThere = 0
  const missing: string[] = []
  for (const file of await from.list()) {
    const bytes = await from.read(file.name)
    if (!bytes) {
      missing.push(file.name)
      continue
    }
    if (await to.holds(file.name, bytes)) {
      alreadyThere += 1
      continue
    }
    await to.write(file.name, bytes)
    if (await to.holds(file.name, bytes)) copied += 1
    else missing.push(file.name)
  }
  return { copied, alreadyThere, missing }
}
