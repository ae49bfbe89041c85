import { getPayloadClient } from '../server/payload'
import { searchContent } from './queries/search'

export { MATCH_END, MATCH_START, MAX_QUERY_LENGTH, type SearchHit, type SearchResults } from './queries/search'

/**
 * Search is not cached: every query is different, and the index answers in milliseconds.
 * Published content only (the query states it, see queries/search.ts).
 */
export async function search(query: string, page: number) {
  return searchContent(await getPayloadClient(), query, page)
}
