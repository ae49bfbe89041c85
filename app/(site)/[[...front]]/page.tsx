import { notFound, permanentRedirect } from 'next/navigation'

import { ArticleList } from '@/components/ArticleList'
import { Pagination } from '@/components/Pagination'
import { listLatestArticles } from '@/lib/content/articles'
import { pageFromSegments } from '@/lib/paging'

/*
 * The front page and its archive (/page/2, …). It is an optional catch-all so that Next
 * treats it as a dynamic, cache-on-first-request page: a plain app/page.tsx would be
 * prerendered by `next build`, which would then need a database. Any other unmatched path
 * lands here too and answers 404.
 */
export const dynamicParams = true
// Served from cache until a publish expires its tags; the hour is only a safety net.
export const revalidate = 3600

export function generateStaticParams(): { front: string[] }[] {
  return []
}

type Props = { params: Promise<{ front?: string[] }> }

export default async function FrontPage({ params }: Props) {
  const { front } = await params
  const page = pageFromSegments(front)
  if (page === null) notFound()
  if (page === 1 && front?.length) permanentRedirect('/')
  const archive = await listLatestArticles(page)
  if (!archive) notFound()

  return (
    <>
      <h1 className="visually-hidden">{page === 1 ? 'Latest' : `Latest, page ${page}`}</h1>
      <ArticleList articles={archive.articles} />
      <Pagination base="/" page={archive.page} totalPages={archive.totalPages} />
    </>
  )
}
