import type { Metadata } from 'next'

import { SearchPage } from '@/components/SearchPage'
import { search } from '@/lib/content'
import { parseSearchPage } from '@/lib/paging'
import { queryFromSegment } from '@/lib/search-query'
import { MissingPage } from '@/components/MissingPage'

export const dynamicParams = true
// Cached per query until anything is published (the read's tags); the hour is a safety net.
export const revalidate = 3600

export function generateStaticParams(): { query: string; page?: string[] }[] {
  return []
}

type Props = { params: Promise<{ query: string; page?: string[] }> }

export const metadata: Metadata = { title: 'Search', robots: { index: false } }

/**
 * `/search?q=…[&page=n]`, rewritten here by proxy.ts so that each query's page is
 * cached like any reader page: at 20 readers searching at once, rendering every request
 * would queue them behind one another. Next's in-memory cache is bounded (an LRU), so
 * unusual queries cannot grow it without limit.
 */
export default async function CachedSearchPage({ params }: Props) {
  const { query, page: segments } = await params
  const page = parseSearchPage(segments)
  if (page === null) return <MissingPage />
  return <SearchPage results={await search(queryFromSegment(query), page)} />
}
