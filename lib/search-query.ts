/** Longer queries are cut here: nobody types more, and websearch parsing stays cheap. */
export const MAX_QUERY_LENGTH = 200

/** Whitespace-normalised, length-capped query text; empty when there is nothing to search. */
export function normaliseQuery(raw: unknown): string {
  if (typeof raw !== 'string') return ''
  // Control characters would break the snippet markers and mean nothing in a search.
  return raw
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
}

const SEARCH_PAGE = /^[1-9][0-9]{0,5}$/

/**
 * Where `/search?q=…[&page=n]` is answered: the cached route for its normalised query
 * (`/search/cached/<query>[/<n>]`, the query percent-encoded as one segment), or null when
 * there is no query (the static empty form).
 */
export function cachedSearchPath(search: URLSearchParams): string | null {
  const query = normaliseQuery(search.get('q'))
  if (!query) return null
  const page = search.get('page') ?? '1'
  return `/search/cached/${encodeURIComponent(query)}${SEARCH_PAGE.test(page) && page !== '1' ? `/${page}` : ''}`
}

/** The query back from its path segment; a segment that is not valid percent-encoding is taken as it is. */
export function queryFromSegment(segment: string): string {
  try {
    return normaliseQuery(decodeURIComponent(segment))
  } catch {
    return normaliseQuery(segment)
  }
}
