import sharp from 'sharp'

import { ARTICLE_IMAGE_SIZES, cropBox, heroCovers, type ImageRatio } from './article-images'

/** Where a transparent hero (a PNG chart) shows through: the cards' paper. */
const PAPER = '#fffdf8'

/**
 * The ratio's image cut from a hero's original around its focal point, as a JPEG at exactly the
 * ratio's size; null when the original is too small to give it without enlarging. The size is
 * read from the file itself, turned as its EXIF orientation says, which is how readers see it.
 */
export async function renderHeroCrop(
  original: Buffer,
  focal: { x: number; y: number },
  ratio: ImageRatio,
): Promise<Buffer | null> {
  const metadata = await sharp(original).metadata()
  const shown = metadata.autoOrient
  if (!shown?.width || !shown.height || !heroCovers(shown, ratio)) return null
  const target = ARTICLE_IMAGE_SIZES[ratio]
  return (
    sharp(original)
      .autoOrient()
      .extract(cropBox(shown, focal, ratio))
      // 'cover' trims the at most one pixel by which a crop in whole pixels misses the exact ratio.
      .resize({ ...target, fit: 'cover', withoutEnlargement: true })
      .flatten({ background: PAPER })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer()
  )
}
