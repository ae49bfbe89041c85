import type { ImageView } from '@/lib/content'

interface Props {
  image: ImageView
  /** How wide the image is drawn, for the browser to pick a source. */
  sizes: string
  /** Above the fold: load at once and with priority; otherwise lazily. */
  priority?: boolean
}

/** A figure with srcset from Payload's image sizes, intrinsic width and height, caption and credit. */
export function ResponsiveImage({ image, sizes, priority = false }: Props) {
  return (
    <figure className="figure">
      {/* Payload serves the resized files itself; next/image would resize them a second time. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={image.src}
        srcSet={image.sources.map((source) => `${source.url} ${source.width}w`).join(', ')}
        sizes={sizes}
        width={image.width}
        height={image.height}
        alt={image.alt}
        loading={priority ? 'eager' : 'lazy'}
        fetchPriority={priority ? 'high' : 'auto'}
        decoding="async"
      />
      {image.caption || image.credit ? (
        <figcaption>
          {image.caption}
          {image.credit ? <span className="credit"> {image.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  )
}
