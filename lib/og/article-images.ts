/**
 * The images of an article that search engines ask for: one at each of 16:9, 4:3 and 1:1, each
 * at least 1200 px wide (Google's Article structured data). Each is cut from the article's
 * hero when the hero's original holds that crop at 1200 px or wider, and is otherwise the
 * article's generated card drawn at that ratio: a photo is never enlarged.
 *
 * The JSON-LD names the one it chose, so the hero's crop and the card live at two addresses:
 * `/articles/<slug>/hero/<ratio>.jpg` (a photograph, JPEG) and `/articles/<slug>/card/<ratio>.png`
 * (text on a flat ground, PNG).
 */

export const ARTICLE_IMAGE_SIZES = {
  '16x9': { width: 1200, height: 675 },
  '4x3': { width: 1200, height: 900 },
  '1x1': { width: 1200, height: 1200 },
} as const

export type ImageRatio = keyof typeof ARTICLE_IMAGE_SIZES

export const IMAGE_RATIOS = Object.keys(ARTICLE_IMAGE_SIZES) as ImageRatio[]

export type Size = { width: number; height: number }

/** The hero as far as the choice needs it: its original's size and when it last changed. */
export type HeroSource = Size & { updatedAt: string }

export type ImageKind = 'hero' | 'card'

const EXTENSION: Record<ImageKind, string> = { hero: 'jpg', card: 'png' }

/** The ratio a route's last segment names (`16x9.jpg` on the hero route), or null. */
export function parseImageFile(file: string, kind: ImageKind): ImageRatio | null {
  const match = /^(\w+)\.(\w+)$/.exec(file)
  if (!match || match[2] !== EXTENSION[kind]) return null
  return Object.hasOwn(ARTICLE_IMAGE_SIZES, match[1]!) ? (match[1] as ImageRatio) : null
}

/** The largest rectangle of the ratio's shape inside `source`, in whole pixels. */
export function largestCrop(source: Size, ratio: ImageRatio): Size {
  const target = ARTICLE_IMAGE_SIZES[ratio]
  const width = Math.min(source.width, Math.floor((source.height * target.width) / target.height))
  return { width, height: Math.round((width * target.height) / target.width) }
}

/** Whether `source` yields the ratio's image by shrinking or as it is, never by enlarging. */
export function heroCovers(source: Size, ratio: ImageRatio): boolean {
  return largestCrop(source, ratio).width >= ARTICLE_IMAGE_SIZES[ratio].width
}

/**
 * Where in `source` the crop goes: centred on the editor's focal point (percentages, as
 * Payload stores them), moved back inside the picture where the point is near an edge.
 */
export function cropBox(
  source: Size,
  focal: { x: number; y: number },
  ratio: ImageRatio,
): Size & { left: number; top: number } {
  const crop = largestCrop(source, ratio)
  const place = (extent: number, size: number, percent: number) =>
    Math.min(extent - size, Math.max(0, Math.round((extent * percent) / 100 - size / 2)))
  return { ...crop, left: place(source.width, crop.width, focal.x), top: place(source.height, crop.height, focal.y) }
}

export type ArticleImage = { url: string; width: number; height: number }

/**
 * The three images, as absolute URLs. The query names the last change to the article or its
 * hero, so that a crawler fetches the image again after an edit (the route itself ignores it).
 */
export function articleImages(
  article: { slug: string; updatedAt: string; hero: HeroSource | null },
  site: string,
): ArticleImage[] {
  const version = Math.max(
    Date.parse(article.updatedAt) || 0,
    article.hero ? Date.parse(article.hero.updatedAt) || 0 : 0,
  )
  return IMAGE_RATIOS.map((ratio) => {
    const kind: ImageKind = article.hero && heroCovers(article.hero, ratio) ? 'hero' : 'card'
    const url = `${site}/articles/${article.slug}/${kind}/${ratio}.${EXTENSION[kind]}?v=${version}`
    return { url, ...ARTICLE_IMAGE_SIZES[ratio] }
  })
}
