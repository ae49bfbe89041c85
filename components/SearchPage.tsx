import type { SearchResults } from '@/lib/content'
import { searchSectionHtml } from '@/lib/search/section-html'

/**
 * The search page's content (lib/search/section-html.ts, which the search route also uses):
 * one renderer, so the empty form and a page of results cannot drift apart.
 */
export function SearchPage({ results }: { results: SearchResults }) {
  return <section className="search-page" dangerouslySetInnerHTML={{ __html: searchSectionHtml(results) }} />
}
