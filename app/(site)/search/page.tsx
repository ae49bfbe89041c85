import type { Metadata } from 'next'

import { SearchPage } from '@/components/SearchPage'
import { NO_SEARCH } from '@/lib/search/section-html'

export const metadata: Metadata = { title: 'Search', robots: { index: false } }

/**
 * The empty search form. A request with a query (`/search?q=…`) is rewritten to the search
 * route (./results/route.ts, by next.config.mjs), which answers it in this page's shell; this
 * page therefore reads no query and is static.
 */
export default function EmptySearchPage() {
  return <SearchPage results={NO_SEARCH} />
}
