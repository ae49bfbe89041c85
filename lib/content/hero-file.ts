import { reportOutage, reportRecovery } from '../server/dependency-outages.mjs'
import { usesObjectStorage } from '../server/env'
import { configuredMediaFiles } from '../storage/media-files'
import type { ImageView } from './views'

/**
 * The bytes of an image's stored original, for crops larger than any size Payload keeps; null
 * when the file is not there (a restore without its media, a name that leaves the folder).
 * Uploads live on local disk (Media.ts's staticDir) or in the configured bucket, keyed by file
 * name (lib/storage/media-files.ts); a bucket that does not answer throws (and is reported,
 * so the server edge says 503). The route that reads this is cached and expired with the
 * image's document, so the file is read once per change.
 */
export async function readOriginalFile(image: Pick<ImageView, 'filename'>): Promise<Buffer | null> {
  const name = image.filename
  if (!name || name.includes('/') || name.includes('\\') || name === '.' || name === '..') return null
  try {
    const bytes = await configuredMediaFiles().read(name)
    reportRecovery('object-storage')
    return bytes
  } catch (error) {
    // Thrown, the route's render is not cached, and the server edge answers it 503.
    if (usesObjectStorage()) reportOutage('object-storage')
    throw error
  }
}
