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

/** A search page's query parameters, as Next hands them to the page. */
export type SearchParams = Record<string, string | string[] | undefined>

/**
 * What `/search?q=…[&page=n]` asks for: the normalised query (empty: the bare form) and the
 * results page. A repeated parameter counts by its first value; a page that is not a page
 * number is page 1 (proxy.ts redirects such requests before they get here).
 */
export function searchRequest(params: SearchParams): { query: string; page: number } {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)
  const page = first(params.page)
  return { query: normaliseQuery(first(params.q)), page: page && SEARCH_PAGE.test(page) ? Number(page) : 1 }
}
