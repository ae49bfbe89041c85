import { ResponsiveImage } from '../../components/ResponsiveImage'
import type { FigureBlock } from '../../payload-types'
import { idOf, type BlockProps } from '../unit'

/** The image at the body's width; nothing when the image is gone. */
export function Figure({ fields, embedded }: BlockProps<FigureBlock>) {
  const image = embedded.image(idOf(fields.image))
  if (!image) return null
  return (
    <ResponsiveImage
      image={{ ...image, caption: fields.caption || image.caption }}
      sizes="(min-width: 46rem) 44rem, 100vw"
    />
  )
}
