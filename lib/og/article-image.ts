import sharp from 'sharp'

import type { ArticleWithReferences } from '../content/articles'
import { readOriginalFile } from '../content/hero-file'
import { articleCard } from './article-card'
import { ARTICLE_IMAGE_SIZES, type ImageRatio } from './article-images'
import { renderOgCard } from './card'
import { renderHeroCrop } from './hero-crop'

/** An article's generated card at the ratio's size (the `/card/` route). */
export function renderArticleCard(article: ArticleWithReferences, ratio: ImageRatio): Promise<Buffer> {
  return renderOgCard(articleCard(article), ARTICLE_IMAGE_SIZES[ratio])
}

/**
 * The hero cut at the ratio (the `/hero/` route). The JSON-LD names this address only when the
 * hero is large enough, but a crawler may come back with an address from before the hero was
 * replaced, or the file may be gone: then it is the card, as a JPEG, still of the promised
 * size. Never a photo enlarged.
 */
export async function renderArticleHero(article: ArticleWithReferences, ratio: ImageRatio): Promise<Buffer> {
  const hero = article.hero
  const original = hero ? await readOriginalFile(hero) : null
  const crop = hero && original ? await renderHeroCrop(original, { x: hero.focalX, y: hero.focalY }, ratio) : null
  return crop ?? sharp(await renderArticleCard(article, ratio)).jpeg({ quality: 90, mozjpeg: true, chromaSubsampling: '4:4:4' }).toBuffer()
}
