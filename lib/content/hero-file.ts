import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { mediaDir } from '../../collections/Media'
import type { ImageView } from './views'

/**
 * The bytes of an image's stored original, for crops larger than any size Payload keeps; null
 * when the file is not there (a restore without its media, a name that leaves the folder).
 * Uploads live on local disk (Media.ts's staticDir), and the route that reads this is cached
 * and expired with the image's document, so the file is read once per change.
 */
export async function readOriginalFile(image: Pick<ImageView, 'filename'>): Promise<Buffer | null> {
  if (!image.filename) return null
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
