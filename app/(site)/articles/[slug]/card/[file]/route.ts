import { getPublishedArticle } from '@/lib/content'
import { renderArticleCard } from '@/lib/og/article-image'
import { parseImageFile } from '@/lib/og/article-images'
import { imageResponse, ogNotFound } from '@/lib/og/response'

export const dynamicParams = true
// Drawn on first request and kept until the article's tags expire; the hour is a safety net.
export const revalidate = 3600

export function generateStaticParams(): { slug: string; file: string }[] {
  return []
}

/** `/articles/<slug>/card/16x9.png` (also 4x3, 1x1): the card search engines get when the hero cannot give that ratio. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string; file: string }> },
): Promise<Response> {
  const { slug, file } = await params
  const ratio = parseImageFile(file, 'card')
  const article = ratio ? await getPublishedArticle(slug) : null
  if (!ratio || !article) return ogNotFound()
  return imageResponse(await renderArticleCard(article, ratio), 'image/png')
}
