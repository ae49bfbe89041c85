import { getPublishedArticle } from '@/lib/content'
import { articleCard } from '@/lib/og/article-card'
import { ogImageResponse, ogNotFound } from '@/lib/og/response'

export const dynamicParams = true
// Drawn on first request and kept until the article's tags expire; the hour is a safety net.
export const revalidate = 3600

export function generateStaticParams(): { slug: string }[] {
  return []
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const article = await getPublishedArticle((await params).slug)
  if (!article) return ogNotFound()
  return ogImageResponse(articleCard(article))
}
