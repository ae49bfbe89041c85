import type { Payload } from 'payload'

import type { Media } from '../../../payload-types'
import type { ImageSource, ImageView } from '../views'
import { AS_READER } from './read-as'

/** The srcset candidates of a stored image, smallest first, without duplicates or sizes it lacks. */
export function imageSources(media: Pick<Media, 'url' | 'width' | 'sizes'>): ImageSource[] {
  const candidates = [...Object.values(media.sizes ?? {}), { url: media.url, width: media.width }]
  const byWidth = new Map<number, string>()
  for (const candidate of candidates) {
    if (candidate?.url && candidate.width && !byWidth.has(candidate.width)) byWidth.set(candidate.width, candidate.url)
  }
  return [...byWidth.entries()].sort(([a], [b]) => a - b).map(([width, url]) => ({ url, width }))
}

function toImageView(media: Media): ImageView | null {
  if (!media.url || !media.width || !media.height) return null
  return {
    id: media.id,
    src: media.url,
    width: media.width,
    height: media.height,
    alt: media.alt ?? '',
    caption: media.caption ?? null,
    credit: media.credit ?? null,
    sources: imageSources(media),
    filename: media.filename ?? null,
    focalX: media.focalX ?? 50,
    focalY: media.focalY ?? 50,
    updatedAt: media.updatedAt,
  }
}

/** Images by id, in one query whatever their number (a story's hero and figures). */
export async function findImages(payload: Payload, ids: number[]): Promise<Map<number, ImageView>> {
  const wanted = [...new Set(ids)].filter((id) => Number.isSafeInteger(id) && id > 0)
  if (wanted.length === 0) return new Map()
  const found = await payload.find({
    collection: 'media',
    where: { id: { in: wanted } },
    limit: wanted.length,
    pagination: false,
    ...AS_READER,
  })
  return new Map(
    found.docs.flatMap((media) => {
      const view = toImageView(media)
      return view ? [[media.id, view] as const] : []
    }),
  )
}
