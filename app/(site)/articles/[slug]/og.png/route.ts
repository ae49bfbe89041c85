import { getPublishedArticle } from '@/lib/content/articles'
import { formatDate } from '@/lib/format-date'
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
  const footer = [article.dateline, article.publishedAt ? formatDate(article.publishedAt) : null].filter(Boolean).join(' · ')
  return ogImageResponse({ kicker: article.references.topics[0]?.name, title: article.title, footer })
}
