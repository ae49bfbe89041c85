import { tags } from '../cache/tags'
import { normaliseQuery } from '../search-query'
import { cachedRead } from './cached-read'
import { searchContent } from './queries/search'

/**
 * Published articles, statements and summits matching `query` (see queries/search.ts), cached
 * per normalised query and page until any of them is published, changed or withdrawn.
 */
export function search(query: string, page: number) {
  const normalised = normaliseQuery(query)
  return cachedRead(
    ['search', normalised, String(page)],
    [tags.articleSearch, tags.list('statements'), tags.list('events')],
    (payload) => searchContent(payload, normalised, page),
  )
}
