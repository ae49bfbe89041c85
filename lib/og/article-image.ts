import sharp from 'sharp'

import type { ArticleWithReferences } from '../content/views'
import { articleCard } from './article-card'
import { ARTICLE_IMAGE_SIZES, type ImageRatio } from './article-images'
import { renderOgCard } from './card'
import { renderHeroCrop } from './hero-crop'

/** An article's generated card at the ratio's size (the `/card/` route). */
export function renderArticleCard(article: ArticleWithReferences, ratio: ImageRatio): Promise<Buffer> {
  return renderOgCard(articleCard(article), ARTICLE_IMAGE_SIZES[ratio])
}

/**
 * The hero cut at the ratio from `original`, its stored file (the `/hero/` route). The JSON-LD
 * names this address only when the hero is large enough, but a crawler may come back with an
 * address from before the hero was replaced, or the file may be gone (null): then it is the
 * card, as a JPEG, still of the promised size. Never a photo enlarged.
 */
export async function renderArticleHero(
  article: ArticleWithReferences,
  ratio: ImageRatio,
  original: Buffer | null,
): Promise<Buffer> {
  const hero = article.hero
  const crop = hero && original ? await renderHeroCrop(original, { x: hero.focalX, y: hero.focalY }, ratio) : null
  return (
    crop ??
    sharp(await renderArticleCard(article, ratio))
      .jpeg({ quality: 90, mozjpeg: true, chromaSubsampling: '4:4:4' })
      .toBuffer()
  )
}
