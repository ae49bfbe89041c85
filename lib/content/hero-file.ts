import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { mediaDir } from '../../collections/Media'
import { reportOutage, reportRecovery } from '../server/dependency-outages.mjs'
import { isMissingObject, storageClient } from '../storage/s3-client'
import type { ImageView } from './views'

/**
 * The bytes of an image's stored original, for crops larger than any size Payload keeps; null
 * when the file is not there (a restore without its media, a name that leaves the folder).
 * Uploads live on local disk (Media.ts's staticDir) or in the configured bucket, keyed by file
 * name (lib/storage/media-storage-plugin.ts); a bucket that does not answer throws (and is
 * reported, so the server edge says 503). The route
 * that reads this is cached and expired with the image's document, so the file is read once
 * per change.
 */
export async function readOriginalFile(image: Pick<ImageView, 'filename'>): Promise<Buffer | null> {
  if (!image.filename || image.filename.includes('/') || image.filename.includes('\\')) return null
  const bucket = storageClient()
  if (bucket) {
    try {
      const object = await bucket.s3.getObject({ Bucket: bucket.bucket, Key: image.filename })
      const bytes = object.Body ? Buffer.from(await object.Body.transformToByteArray()) : null
      reportRecovery('object-storage')
      return bytes
    } catch (error) {
      if (isMissingObject(error)) return null
      // Thrown, the route's render is not cached, and the server edge answers it 503.
      reportOutage('object-storage')
      throw error
    }
  }
  const directory = path.resolve(mediaDir())
  const file = path.resolve(directory, image.filename)
  if (!file.startsWith(directory + path.sep)) return null
  try {
    return await readFile(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}
