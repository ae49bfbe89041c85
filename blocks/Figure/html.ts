import escapeHtml from 'escape-html'

import { absoluteUrl } from '../../lib/links'
import type { FigureBlock } from '../../payload-types'
import { idOf, type HtmlContext } from '../unit'

/** The image with its sources for feeds, every URL absolute. */
export async function figureHtml(fields: FigureBlock, { site, resolve }: HtmlContext): Promise<string> {
  const id = idOf(fields.image)
  const image = id ? await resolve.image(id) : null
  if (!image) return ''
  const srcset = image.sources
    .map((source) => `${escapeHtml(absoluteUrl(source.url, site))} ${source.width}w`)
    .join(', ')
  const caption = [fields.caption || image.caption, image.credit]
    .filter(Boolean)
    .map((part) => escapeHtml(part!))
    .join(' ')
  const src = escapeHtml(absoluteUrl(image.src, site))
  const img = `<img src="${src}" srcset="${srcset}" width="${image.width}" height="${image.height}" alt="${escapeHtml(image.alt)}" loading="lazy">`
  return `<figure>${img}${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`
}
