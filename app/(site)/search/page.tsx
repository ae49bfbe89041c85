import type { Metadata } from 'next'

import { SearchPage } from '@/components/SearchPage'
import { search } from '@/lib/content'
import { searchRequest, type SearchParams } from '@/lib/search-query'

export const metadata: Metadata = { title: 'Search', robots: { index: false } }

type Props = { searchParams: Promise<SearchParams> }

/**
 * `/search?q=…[&page=n]`, rendered for each request and never stored (reading searchParams
 * makes the route dynamic). Anyone can ask a query no one asked before, so a cached page per
 * query would mostly be stored, stripped and evicted unread, at several times the cost of the
 * render; the search itself is one bounded SQL statement of a few milliseconds
 * (lib/content/queries/search.ts), and a publish shows in the next search with no expiry.
 */
export default async function SearchRoute({ searchParams }: Props) {
  const { query, page } = searchRequest(await searchParams)
  const results = query
    ? await search(query, page)
    : { query: '', hits: [], total: 0, capped: false, page: 1, totalPages: 0 }
  return <SearchPage results={results} />
}
