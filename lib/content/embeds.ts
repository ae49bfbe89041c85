import { tags } from '../cache/tags'
import { cachedRead } from './cached-read'
import { findIndicator } from './queries/indicators'
import { getStatement } from './events'
import { findImage } from './queries/media'

export type { IndicatorView } from './queries/indicators'
export type { ImageView } from './queries/media'

/** Documents a story embeds in its body, each cached under its own tag so an edit reaches every story showing it. */
export const getIndicator = (id: number) => cachedRead(['indicator', String(id)], [tags.doc('indicators', id)], (payload) => findIndicator(payload, id))
export const getImage = (id: number) => cachedRead(['image', String(id)], [tags.doc('media', id)], (payload) => findImage(payload, id))

/** The body HTML renderer's view of embedded documents, through the cache (feeds, pages). */
export const cachedEmbedResolver = {
  statement: (id: number) => getStatement(id),
  image: getImage,
  indicator: getIndicator,
}
