import { getPayloadClient } from '../server/payload'
import { searchContent } from './queries/search'

/**
 * Published articles, statements and summits matching `query` (see queries/search.ts). Not
 * cached: the search page is rendered per request, and a data-cache entry per query would let
 * invented queries push pages out of the shared cache (lib/cache), for reads that cost a few
 * milliseconds whatever the query.
 */
export async function search(query: string, page: number) {
  return searchContent(await getPayloadClient(), query, page)
}
