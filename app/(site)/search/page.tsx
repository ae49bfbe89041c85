import type { Metadata } from 'next'

import { SearchPage } from '@/components/SearchPage'

export const metadata: Metadata = { title: 'Search', robots: { index: false } }

/**
 * The empty search form. A request with a query (`/search?q=…`) is rewritten to
 * ./cached/[query] (proxy.ts), where each query's results are cached until something
 * is published; this page therefore reads no query and is static.
 */
export default function EmptySearchPage() {
  return <SearchPage results={{ query: '', hits: [], total: 0, capped: false, page: 1, totalPages: 0 }} />
}
