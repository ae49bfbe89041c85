import { getPublishedArticle, readOriginalFile } from '@/lib/content'
import { renderArticleHero } from '@/lib/og/article-image'
import { parseImageFile } from '@/lib/og/article-images'
import { imageResponse, ogNotFound } from '@/lib/og/response'

export const dynamicParams = true
// Cut on first request and kept until the article's or its hero's tags expire (a new focal
// point expires the hero's); the hour is a safety net.
export const revalidate = 3600

export function generateStaticParams(): { slug: string; file: string }[] {
  return []
}

/** `/articles/<slug>/hero/16x9.jpg` (also 4x3, 1x1): the hero cut at that ratio for search engines. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string; file: string }> },
): Promise<Response> {
  const { slug, file } = await params
  const ratio = parseImageFile(file, 'hero')
  const article = ratio ? await getPublishedArticle(slug) : null
  if (!ratio || !article) return ogNotFound()
  const original = article.hero ? await readOriginalFile(article.hero) : null
  return imageResponse(await renderArticleHero(article, ratio, original), 'image/jpeg')
}
